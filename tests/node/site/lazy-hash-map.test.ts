import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLazyHashMap, hashMapKey } from '../../../.vitepress/node/site/lazy-hash-map'

const map = { 'guide_signing.md': 'Guide111', 'index.md': 'Home2222', 'openapi_v3_pay_transactions_jsapi.md': 'Jsapi333', 'openapi_v3_refund.md': 'Refund44' }
const siteData = 'window.__VP_SITE_DATA__=JSON.parse("{\\"title\\":\\"t\\"}");'

/** An output folder with a metadata script written the way VitePress 1.6 writes it. */
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hash-map-'))
  mkdirSync(join(dir, 'assets/chunks'), { recursive: true })
  writeFileSync(join(dir, 'assets/chunks/metadata.0badc0de.js'), `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(map))});${siteData}`)
  return dir
}
const page = (base = '/') => `<head><script type="module" src="${base}assets/chunks/metadata.0badc0de.js"></script><script type="module" src="${base}assets/app.js"></script></head>`

describe('createLazyHashMap', () => {
  it('keys pages the way VitePress does', () => {
    expect(hashMapKey('openapi/v3/pay/transactions/jsapi.md')).toBe('openapi_v3_pay_transactions_jsapi.md')
    expect(hashMapKey('guide/Signing.md')).toBe('guide_signing.md')
  })

  it('leaves API pages out of the shared map and gives each its own entry', () => {
    const dir = outDir()
    const hashMap = createLazyHashMap(['openapi/v3/pay/transactions/jsapi.md', 'openapi/v3/refund.md'])
    const html = hashMap.apply({ html: page(), relativePath: 'openapi/v3/pay/transactions/jsapi.md', base: '/', outDir: dir })
    const [script] = readdirSync(join(dir, 'assets/chunks'))
    expect(script).toMatch(/^metadata\.[0-9a-f]{8}\.js$/)
    expect(script).not.toBe('metadata.0badc0de.js')
    const content = readFileSync(join(dir, 'assets/chunks', script), 'utf8')
    expect(content.endsWith(siteData)).toBe(true)
    const window: { __VP_HASH_MAP__?: Record<string, string> } = {}
    new Function('window', content)(window)
    expect(window.__VP_HASH_MAP__).toEqual({ 'guide_signing.md': 'Guide111', 'index.md': 'Home2222' })
    expect(html).toBe(
      `<head><script type="module" src="/assets/chunks/${script}"></script>` +
        `<script type="module">__VP_HASH_MAP__["openapi_v3_pay_transactions_jsapi.md"]="Jsapi333"</script>` +
        `<script type="module" src="/assets/app.js"></script></head>`,
    )
  })

  it('adds no entry to other pages, and trims the script once for all pages', () => {
    const dir = outDir()
    const hashMap = createLazyHashMap(['openapi/v3/refund.md'])
    const guide = hashMap.apply({ html: page('/docs/'), relativePath: 'guide/signing.md', base: '/docs/', outDir: dir })
    const refund = hashMap.apply({ html: page('/docs/'), relativePath: 'openapi/v3/refund.md', base: '/docs/', outDir: dir })
    const [script] = readdirSync(join(dir, 'assets/chunks'))
    expect(guide).toBe(`<head><script type="module" src="/docs/assets/chunks/${script}"></script><script type="module" src="/docs/assets/app.js"></script></head>`)
    expect(refund).toContain(`<script type="module">__VP_HASH_MAP__["openapi_v3_refund.md"]="Refund44"</script>`)
  })

  it('says so when the metadata script is not as VitePress writes it', () => {
    const dir = outDir()
    writeFileSync(join(dir, 'assets/chunks/metadata.0badc0de.js'), 'window.__VP_HASH_MAP__={}')
    const hashMap = createLazyHashMap([])
    expect(() => hashMap.apply({ html: page(), relativePath: 'index.md', base: '/', outDir: dir })).toThrow(/metadata\.0badc0de\.js: the page hash map is not where VitePress 1\.6 writes it/)
  })
})
