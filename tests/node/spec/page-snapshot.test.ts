import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadYaml } from '../../../.vitepress/node/spec/frontmatter-cache'
import { loadApiPages, loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import { loadSpecsWithSnapshot } from '../../../.vitepress/node/spec/page-snapshot'
import { SpecError } from '../../../.vitepress/node/spec/spec-error'

const realDocs = join(__dirname, '../../../docs')
const jsapi = 'openapi/v3/pay/transactions/jsapi.md'

let dir: string
let docsDir: string
let snapshot: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-snapshot-'))
  docsDir = join(dir, 'docs')
  cpSync(realDocs, docsDir, { recursive: true })
  snapshot = join(dir, 'specs.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The loader, counting the frontmatters it parses. */
function load(key = 'parser-a') {
  const yaml = vi.fn(loadYaml)
  const specs = loadSpecsWithSnapshot(docsDir, yaml, snapshot, key)
  return { ...specs, parsed: yaml.mock.calls.map(([, file]) => file) }
}

/** Rewrites a page, keeping its size: a changed time alone must be enough. */
function touchWithSameSize(file: string, from: string, to: string) {
  const path = join(docsDir, file)
  const source = readFileSync(path, 'utf8')
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to))
  writeFileSync(path, source.replace(from, to))
  const later = new Date(statSync(path).mtimeMs + 5000)
  utimesSync(path, later, later)
}

describe('loadSpecsWithSnapshot', () => {
  it('gives what loadApiPages and loadWebhookPages give, parsed or read back from the snapshot', () => {
    const expected = { pages: loadApiPages(docsDir, loadYaml), webhooks: loadWebhookPages(docsDir, loadYaml) }
    const first = load()
    expect(first.parsed.length).toBeGreaterThan(20)
    expect(existsSync(snapshot)).toBe(true)
    const second = load()
    expect(second.parsed).toEqual([])
    for (const specs of [first, second]) {
      expect([...specs.pages.keys()]).toEqual([...expected.pages.keys()])
      expect([...specs.webhooks.keys()]).toEqual([...expected.webhooks.keys()])
      // equal but for fields left undefined (a 204's response body), which JSON leaves out
      expect(specs.pages).toEqual(expected.pages)
      expect(specs.webhooks).toEqual(expected.webhooks)
    }
    // a fresh parse and a read-back are the same, to the absent fields
    expect(second.pages).toStrictEqual(first.pages)
    expect(second.webhooks).toStrictEqual(first.webhooks)
  })

  it('parses again only the file that changed, even with the same size', () => {
    load()
    touchWithSameSize(jsapi, 'JSAPI', 'JSAPX')
    const second = load()
    expect(second.parsed).toEqual([jsapi])
    expect(second.pages.get(jsapi)!.source).toContain('JSAPX')
    expect(load().parsed).toEqual([])
  })

  it('forgets a deleted page and sees a new one', () => {
    load()
    const source = readFileSync(join(docsDir, jsapi), 'utf8')
    rmSync(join(docsDir, jsapi))
    expect(load().pages.has(jsapi)).toBe(false)
    writeFileSync(join(docsDir, 'openapi/v3/pay/transactions/copy.md'), source)
    const third = load()
    expect(third.parsed).toEqual(['openapi/v3/pay/transactions/copy.md'])
    expect(third.pages.get('openapi/v3/pay/transactions/copy.md')!.spec.title).toBe(loadApiPages(docsDir, loadYaml).get('openapi/v3/pay/transactions/copy.md')!.spec.title)
  })

  it('parses everything again when the parsing code changes', () => {
    const first = load('parser-a')
    expect(load('parser-b').parsed).toEqual(first.parsed)
  })

  it('reports a spec error naming the file and field, and keeps the last good snapshot', () => {
    load()
    const before = readFileSync(snapshot, 'utf8')
    const path = join(docsDir, jsapi)
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^method: POST$/m, 'method: FETCH'))
    expect(() => load()).toThrow(SpecError)
    expect(() => load()).toThrow(/openapi\/v3\/pay\/transactions\/jsapi\.md.*method/)
    expect(readFileSync(snapshot, 'utf8')).toBe(before)
  })

  it('still refuses two pages with the same method and path when both come from the snapshot', () => {
    const copy = 'openapi/v3/pay/transactions/copy.md'
    cpSync(join(docsDir, jsapi), join(docsDir, copy))
    expect(() => load()).toThrow(/already documented by/)
    rmSync(join(docsDir, copy))
    load()
    cpSync(join(docsDir, jsapi), join(docsDir, copy), { preserveTimestamps: true })
    expect(() => load()).toThrow(/already documented by openapi\/v3\/pay\/transactions\/copy\.md|already documented by openapi\/v3\/pay\/transactions\/jsapi\.md/)
  })
})
