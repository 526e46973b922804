import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTypesCache } from '../../../.vitepress/node/twoslash/types-cache'

const result = { code: 'x', nodes: [], meta: {} } as never

describe('createTypesCache', () => {
  it('serves a stored result for the same snippet and declaration', () => {
    const cache = createTypesCache(mkdtempSync(join(tmpdir(), 'types-cache-')), () => 'hash-a', '6.0.3')
    cache.init?.()
    cache.write('const a = 1', result)
    expect(cache.read('const a = 1')).toEqual(result)
    expect(cache.read('const a = 2')).toBeNull()
  })

  it('never serves a result computed against another declaration', () => {
    let hash = 'hash-a'
    const cache = createTypesCache(mkdtempSync(join(tmpdir(), 'types-cache-')), () => hash, '6.0.3')
    cache.init?.()
    cache.write('const a = 1', result)
    hash = 'hash-b'
    expect(cache.read('const a = 1')).toBeNull()
    hash = 'hash-a'
    expect(cache.read('const a = 1')).toEqual(result)
  })

  it('never serves a result computed by another TypeScript version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'types-cache-'))
    const withTypeScript = (version: string) => {
      const cache = createTypesCache(dir, () => 'hash-a', version)
      cache.init?.()
      return cache
    }
    withTypeScript('5.9.3').write('const a = 1', result)
    expect(withTypeScript('5.9.3').read('const a = 1')).toEqual(result)
    expect(withTypeScript('6.0.3').read('const a = 1')).toBeNull()
  })
})
