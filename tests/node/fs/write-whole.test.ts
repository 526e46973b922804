import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeWhole } from '../../../.vitepress/node/fs/write-whole'

const dir = mkdtempSync(join(tmpdir(), 'write-whole-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeWhole', () => {
  it('writes the file, replaces one already there, and leaves no temporary file behind', () => {
    const file = join(dir, 'entry.json')
    writeWhole(file, '{"a":1}')
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}')
    writeFileSync(join(dir, 'other.json'), 'kept')
    writeWhole(file, '{"a":2}')
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}')
    expect(readdirSync(dir).sort()).toEqual(['entry.json', 'other.json'])
  })
})
