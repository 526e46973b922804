import { describe, expect, it } from 'vitest'
import { renderedPageKey, waitForPrerenderedCode } from '../../../.vitepress/node/highlight/prerender'
import type { SiteMarkdown } from '../../../.vitepress/node/site/markdown-setup'

/**
 * The parts of the site's markdown setup a page key reads, with declaration hashes we control:
 * `own` for the API page's generated code, `named` for code that imports the SDK, and a constant
 * for any other code.
 */
function site(hashes: { own: string; named: string }, fingerprint = 'f') {
  return {
    hashFor: (code: string) => (code.includes('endpoint: /v3/a\n') ? hashes.own : code.includes('@wechatpay-docs/sdk') ? hashes.named : 'unseen'),
    pages: new Map([['openapi/v3/a.md', { spec: { path: '/v3/a' } }]]),
    webhooks: new Map(),
    highlightCache: { fingerprint },
  } as unknown as SiteMarkdown
}

const guide = (code: string) => `# 指南\n\n\`\`\`ts twoslash\n${code}\n\`\`\`\n`

describe('renderedPageKey', () => {
  const before = site({ own: 's:a1', named: 's:b1' })

  it('keys an API page by its source and what its snippets see of the declaration', () => {
    const key = renderedPageKey(before, 'openapi/v3/a.md', 'source')
    expect(renderedPageKey(site({ own: 's:a1', named: 's:b2' }), 'openapi/v3/a.md', 'source')).toBe(key)
    expect(renderedPageKey(site({ own: 's:a2', named: 's:b1' }), 'openapi/v3/a.md', 'source')).not.toBe(key)
    expect(renderedPageKey(before, 'openapi/v3/a.md', 'edited source')).not.toBe(key)
    expect(renderedPageKey(site({ own: 's:a1', named: 's:b1' }, 'g'), 'openapi/v3/a.md', 'source')).not.toBe(key)
  })

  it('keys any other page by what its TypeScript blocks see: nothing of the declaration when they import no SDK', () => {
    const plain = guide("import { createHash } from 'node:crypto'")
    expect(renderedPageKey(site({ own: 's:a2', named: 's:b2' }), 'guide/x.md', plain)).toBe(renderedPageKey(before, 'guide/x.md', plain))
    const sdk = guide("import type { Wechatpay } from '@wechatpay-docs/sdk'")
    expect(renderedPageKey(site({ own: 's:a2', named: 's:b1' }), 'guide/x.md', sdk)).toBe(renderedPageKey(before, 'guide/x.md', sdk))
    expect(renderedPageKey(site({ own: 's:a1', named: 's:b2' }), 'guide/x.md', sdk)).not.toBe(renderedPageKey(before, 'guide/x.md', sdk))
  })

  it('keys an API page by the hand-written blocks of its body too', () => {
    const body = guide("import type { Wechatpay } from '@wechatpay-docs/sdk'")
    expect(renderedPageKey(site({ own: 's:a1', named: 's:b2' }), 'openapi/v3/a.md', body)).not.toBe(renderedPageKey(before, 'openapi/v3/a.md', body))
  })
})

describe('waitForPrerenderedCode', () => {
  const docsDir = '/site/docs'
  function plugin(ready: (file: string) => Promise<void>) {
    const load = waitForPrerenderedCode(docsDir, { ready }).load as (id: string) => Promise<null>
    return (id: string) => load.call({} as never, id)
  }

  it('holds a page read until its code is highlighted, then lets Vite read it', async () => {
    let release!: () => void
    const asked: string[] = []
    const load = plugin((file) => {
      asked.push(file)
      return new Promise<void>((resolve) => (release = resolve))
    })
    let settled = false
    const read = load('/site/docs/guide/x.md?vue').then((result) => ((settled = true), result))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(asked).toEqual(['guide/x.md'])
    expect(settled).toBe(false)
    release()
    expect(await read).toBeNull()
  })

  it('fails the read when the worker highlighting the page died', async () => {
    const load = plugin(() => Promise.reject(new Error('worker exited with code 1')))
    await expect(load('/site/docs/openapi/v3/a.md')).rejects.toThrow('worker exited with code 1')
  })

  it('does not wait for files that are not pages', async () => {
    const asked: string[] = []
    const load = plugin(async (file) => void asked.push(file))
    expect(await load('/site/.vitepress/theme/index.ts')).toBeNull()
    expect(await load('/elsewhere/readme.md')).toBeNull()
    expect(asked).toEqual([])
  })
})
