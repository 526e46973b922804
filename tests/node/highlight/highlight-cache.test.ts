import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { createHighlightCache } from '../../../.vitepress/node/highlight/highlight-cache'

/** A stand-in renderer whose highlighter records its calls and stamps its output with `version`. */
function renderer(state: { version: string }) {
  const calls: string[] = []
  const md = {
    options: {
      highlight: (code: string, lang: string) => {
        calls.push(code)
        if (code.includes('error')) throw new Error(`type error in ${code}`)
        return `<pre data-v="${state.version}" data-lang="${lang}">${code}</pre>`
      },
    },
  }
  const highlight = (code: string, lang = 'ts', attrs = 'twoslash') =>
    (md.options.highlight as (c: string, l: string, a: string) => string)(code, lang, attrs)
  return { md: md as unknown as MarkdownRenderer, calls, highlight }
}

describe('createHighlightCache', () => {
  it('serves a block seen before, in this build and from disk in the next one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    const first = renderer({ version: 'a' })
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => 'd' }).attach(first.md)
    const html = first.highlight('const a = 1')
    expect(first.highlight('const a = 1')).toBe(html)
    expect(first.calls).toEqual(['const a = 1'])

    const next = renderer({ version: 'b' })
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => 'd' }).attach(next.md)
    expect(next.highlight('const a = 1')).toBe(html)
    expect(next.calls).toEqual([])
  })

  it('never serves a TypeScript block highlighted against another declaration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    const state = { version: 'a' }
    let declaration = 'd1'
    const { md, calls, highlight } = renderer(state)
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => declaration }).attach(md)
    highlight('const a = 1')
    highlight('$a = 1;', 'php', '')
    declaration = 'd2'
    state.version = 'b'
    expect(highlight('const a = 1')).toContain('data-v="b"')
    expect(highlight('$a = 1;', 'php', '')).toContain('data-v="a"')
    expect(calls).toEqual(['const a = 1', '$a = 1;', 'const a = 1'])
  })

  it('stores a block under the declaration hash it has once highlighted, when highlighting changed it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    // the snippet turned out to need the whole declaration while it was checked
    let seen = 'named view'
    const first = renderer({ version: 'a' })
    const highlight = first.md.options.highlight as (c: string, l: string, a: string) => string
    first.md.options.highlight = (code, lang, attrs) => {
      seen = 'whole'
      return highlight(code, lang, attrs)
    }
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => seen }).attach(first.md)
    first.highlight('const a = 1')

    const next = (hash: string) => {
      const r = renderer({ version: 'b' })
      createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => hash }).attach(r.md)
      r.highlight('const a = 1')
      return r.calls
    }
    expect(next('whole')).toEqual([])
    expect(next('named view')).toEqual(['const a = 1'])
  })

  it('starts over when the fingerprint (tools, themes, transformers) changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    const before = renderer({ version: 'a' })
    createHighlightCache({ dir, fingerprint: 'f1', declarationHash: () => 'd' }).attach(before.md)
    before.highlight('const a = 1')
    const after = renderer({ version: 'b' })
    createHighlightCache({ dir, fingerprint: 'f2', declarationHash: () => 'd' }).attach(after.md)
    expect(after.highlight('const a = 1')).toContain('data-v="b"')
  })

  it('keeps no result of a block that failed, so it fails again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    const { md, calls, highlight } = renderer({ version: 'a' })
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => 'd' }).attach(md)
    expect(() => highlight('error here')).toThrow('type error')
    expect(() => highlight('error here')).toThrow('type error')
    expect(calls).toHaveLength(2)
    expect(readdirSync(dir)).toEqual([])
  })

  it('prunes the blocks a build did not use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'highlight-cache-'))
    const old = renderer({ version: 'a' })
    createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => 'd' }).attach(old.md)
    old.highlight('const gone = 1')
    old.highlight('const kept = 1')
    const next = renderer({ version: 'a' })
    const cache = createHighlightCache({ dir, fingerprint: 'f', declarationHash: () => 'd' })
    cache.attach(next.md)
    next.highlight('const kept = 1')
    cache.prune()
    expect(readdirSync(dir)).toHaveLength(1)
    expect(cache.stats).toEqual({ hits: 1, misses: 0 })
  })
})
