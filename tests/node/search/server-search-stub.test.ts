import { describe, expect, it } from 'vitest'
import { serverSearchStub } from '../../../.vitepress/node/search/server-search-stub'

type Load = (id: string, options?: { ssr?: boolean }) => string | undefined

describe('serverSearchStub', () => {
  const load = serverSearchStub().load as unknown as Load

  it('gives the server bundle an empty search index', () => {
    expect(load('/@localSearchIndex', { ssr: true })).toBe('export default {}')
    expect(load('/@localSearchIndexroot', { ssr: true })).toBe('export default {}')
  })

  it("leaves the client bundle's index and other modules to their plugins", () => {
    expect(load('/@localSearchIndex', { ssr: false })).toBeUndefined()
    expect(load('/@localSearchIndex')).toBeUndefined()
    expect(load('/work/docs/index.md', { ssr: true })).toBeUndefined()
  })
})
