import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeDownloads } from '../../../.vitepress/node/export/write-downloads'

const file = (path: string, content: string) => ({ path, contentType: 'text/plain; charset=utf-8', content })

describe('writeDownloads', () => {
  it('writes every file the first time, then only those whose content changed, and deletes those no longer given', () => {
    const root = mkdtempSync(join(tmpdir(), 'write-downloads-'))
    const dir = join(root, 'downloads')
    const manifest = join(root, 'downloads.json')
    writeDownloads(dir, [file('llms.txt', 'a'), file('v3/a.md', 'A'), file('v3/b.md', 'B')], manifest)
    expect(readFileSync(join(dir, 'v3/a.md'), 'utf8')).toBe('A')
    const inode = (path: string) => statSync(join(dir, path)).ino
    const before = { llms: inode('llms.txt'), a: inode('v3/a.md') }

    writeDownloads(dir, [file('llms.txt', 'a2'), file('v3/a.md', 'A')], manifest)
    expect(readFileSync(join(dir, 'llms.txt'), 'utf8')).toBe('a2')
    expect(inode('llms.txt')).not.toBe(before.llms)
    expect(inode('v3/a.md')).toBe(before.a)
    expect(existsSync(join(dir, 'v3/b.md'))).toBe(false)
  })

  it('replaces a changed file, so a hard link to the old one (the last build’s output) keeps its content', () => {
    const root = mkdtempSync(join(tmpdir(), 'write-downloads-'))
    const dir = join(root, 'downloads')
    writeDownloads(dir, [file('llms.txt', 'old')], join(root, 'm.json'))
    mkdirSync(join(root, 'dist'))
    linkSync(join(dir, 'llms.txt'), join(root, 'dist/llms.txt'))
    writeDownloads(dir, [file('llms.txt', 'new')], join(root, 'm.json'))
    expect(readFileSync(join(root, 'dist/llms.txt'), 'utf8')).toBe('old')
    expect(readFileSync(join(dir, 'llms.txt'), 'utf8')).toBe('new')
  })

  it('writes a file again when it is missing, and starts from an empty folder without a manifest', () => {
    const root = mkdtempSync(join(tmpdir(), 'write-downloads-'))
    const dir = join(root, 'downloads')
    mkdirSync(dir)
    writeFileSync(join(dir, 'stale.md'), 'from an older build')
    writeDownloads(dir, [file('a.md', 'A')], join(root, 'm.json'))
    expect(existsSync(join(dir, 'stale.md'))).toBe(false)
    rmSync(join(dir, 'a.md'))
    writeDownloads(dir, [file('a.md', 'A')], join(root, 'm.json'))
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('A')
  })
})
