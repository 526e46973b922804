import { describe, expect, it } from 'vitest'
import { renderedPageKey } from '../../../.vitepress/node/highlight/prerender'
import type { SiteMarkdown } from '../../../.vitepress/node/site/markdown-setup'

/** The parts of the site's markdown setup a page key reads, with declaration hashes we control. */
function site(hashes: { full: string; own: string }, fingerprint = 'f') {
  return {
    declaration: () => ({ hash: hashes.full, hashFor: (code: string) => (code.includes('endpoint: /v3/a\n') ? hashes.own : hashes.full) }),
    pages: new Map([['openapi/v3/a.md', { spec: { path: '/v3/a' } }]]),
    highlightCache: { fingerprint },
  } as unknown as SiteMarkdown
}

describe('renderedPageKey', () => {
  const before = site({ full: 'd1', own: 's:a1' })

  it('keys an API page by its source and what its snippets see of the declaration', () => {
    const key = renderedPageKey(before, 'openapi/v3/a.md', 'source')
    expect(renderedPageKey(site({ full: 'd2', own: 's:a1' }), 'openapi/v3/a.md', 'source')).toBe(key)
    expect(renderedPageKey(site({ full: 'd2', own: 's:a2' }), 'openapi/v3/a.md', 'source')).not.toBe(key)
    expect(renderedPageKey(before, 'openapi/v3/a.md', 'edited source')).not.toBe(key)
    expect(renderedPageKey(site({ full: 'd1', own: 's:a1' }, 'g'), 'openapi/v3/a.md', 'source')).not.toBe(key)
  })

  it('keys any other page by the whole declaration', () => {
    const key = renderedPageKey(before, 'guide/x.md', 'source')
    expect(renderedPageKey(site({ full: 'd2', own: 's:a1' }), 'guide/x.md', 'source')).not.toBe(key)
  })
})
