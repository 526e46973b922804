import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { linkTree } from '../../../.vitepress/node/export/link-tree'

const root = mkdtempSync(join(tmpdir(), 'link-tree-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('linkTree', () => {
  it('links every staged file into the output, nested folders included, over files already there', () => {
    const staged = join(root, 'staged')
    const out = join(root, 'out')
    mkdirSync(join(staged, 'openapi/v3'), { recursive: true })
    writeFileSync(join(staged, 'llms.txt'), 'index')
    writeFileSync(join(staged, 'openapi/v3/jsapi.md'), '# JSAPI')
    mkdirSync(out)
    writeFileSync(join(out, 'llms.txt'), 'from an earlier build')
    writeFileSync(join(out, 'index.html'), '<html>')
    linkTree(staged, out)
    expect(readFileSync(join(out, 'llms.txt'), 'utf8')).toBe('index')
    expect(readFileSync(join(out, 'openapi/v3/jsapi.md'), 'utf8')).toBe('# JSAPI')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<html>')
    expect(statSync(join(out, 'openapi/v3/jsapi.md')).ino).toBe(statSync(join(staged, 'openapi/v3/jsapi.md')).ino)
    // staging the next build's files anew leaves this build's output as it was
    rmSync(staged, { recursive: true })
    mkdirSync(staged)
    writeFileSync(join(staged, 'llms.txt'), 'next build')
    expect(readFileSync(join(out, 'llms.txt'), 'utf8')).toBe('index')
  })
})
