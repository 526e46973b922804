import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createTypesCache } from '../../../.vitepress/node/twoslash/types-cache'

const result = { code: 'x', nodes: [], meta: {} } as never

describe('createTypesCache', () => {
  it('serves a stored result for the same snippet and declaration', () => {
    const cache = createTypesCache(mkdtempSync(join(tmpdir(), 'types-cache-')), () => 'hash-a')
    cache.init?.()
    cache.write('const a = 1', result)
    expect(cache.read('const a = 1')).toEqual(result)
    expect(cache.read('const a = 2')).toBeNull()
  })

  it('never serves a result computed against another declaration', () => {
    let hash = 'hash-a'
    const cache = createTypesCache(mkdtempSync(join(tmpdir(), 'types-cache-')), () => hash)
    cache.init?.()
    cache.write('const a = 1', result)
    hash = 'hash-b'
    expect(cache.read('const a = 1')).toBeNull()
    hash = 'hash-a'
    expect(cache.read('const a = 1')).toEqual(result)
  })

  it('never serves a result computed by another TypeScript version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'types-cache-'))
    const withTypeScript = async (version: string) => {
      vi.resetModules()
      vi.doMock('typescript', () => ({ default: { version } }))
      const module = await import('../../../.vitepress/node/twoslash/types-cache')
      vi.doUnmock('typescript')
      const cache = module.createTypesCache(dir, () => 'hash-a')
      cache.init?.()
      return cache
    }
    ;(await withTypeScript('5.9.3')).write('const a = 1', result)
    expect((await withTypeScript('5.9.3')).read('const a = 1')).toEqual(result)
    expect((await withTypeScript('6.0.3')).read('const a = 1')).toBeNull()
  })
})
