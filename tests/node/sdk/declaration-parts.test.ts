import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoslasher } from 'twoslash'
import { describe, expect, it } from 'vitest'
import { listMarkdownFiles, loadApiPages, loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import { DECLARATION_MODULE, declarationParts, endpointsDeclaration, generateDeclaration, skeletonHash, viewHash } from '../../../.vitepress/node/sdk/generate-declaration'
import { snippetEndpoint } from '../../../.vitepress/node/sdk/snippet-endpoint'
import { snippetSight, writeDeclaration } from '../../../.vitepress/node/sdk/write-declaration'
import { checkedSource } from '../../../.vitepress/node/render/code-sample'
import { webhookTsSample } from '../../../.vitepress/node/render/webhook-code'
import { renderTsVariants } from '../../../.vitepress/node/render/ts-variants'
import { snippetCompilerOptions } from '../../../.vitepress/node/twoslash/compiler-options'
import type { ApiPageSpec, Schema } from '../../../.vitepress/node/spec/types'

const root = join(import.meta.dirname, '../../..')
const docs = join(root, 'docs')
const pages = [...loadApiPages(docs).values()].map((page) => page.spec)
const webhooks = [...loadWebhookPages(docs).values()].map((page) => page.spec)
const JSAPI = '/v3/pay/transactions/jsapi'
const APP = '/v3/pay/transactions/app'

/** The pages with one page replaced by an edited copy. */
function withEdited(path: string, edit: (page: ApiPageSpec) => void): ApiPageSpec[] {
  return pages.map((page) => {
    if (page.path !== path) return page
    const copy = structuredClone(page)
    edit(copy)
    return copy
  })
}

/** The APP page with a new description, a reworded field and a new field of a new type. */
const otherEdited = withEdited(APP, (page) => {
  page.description = '已修改的说明'
  const body = page.operations[0].request.body!
  body.properties.appid.description = '已修改的字段说明'
  const added: Schema = { type: 'integer', description: '新加的字段', required: [], properties: {}, enumDescriptions: {}, encrypted: false, example: 1 }
  body.properties.added_field = added
})
const ownEdited = withEdited(JSAPI, (page) => {
  page.operations[0].request.body!.properties.appid.description = '已修改的字段说明'
})

/** What twoslash makes of one page's TypeScript snippets against a declaration from `specs` (or the given text). */
function checkSnippets(specs: ApiPageSpec[], path = JSAPI, declaration = generateDeclaration(specs, webhooks)) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const file = join(mkdtempSync(join(root, 'node_modules/.cache/declaration-parts-')), 'sdk.d.ts')
  writeFileSync(file, declaration)
  const twoslash = createTwoslasher({ compilerOptions: snippetCompilerOptions(file) })
  const page = specs.find((candidate) => candidate.path === path)!
  return page.operations.flatMap((operation) => renderTsVariants(page, operation)).map((sample) => {
    const result = twoslash(`${sample.hiddenPrelude}// ---cut---\n${sample.code}`, 'ts')
    return { errors: result.errors.map((error) => error.text), nodes: result.nodes.map((node) => ({ type: node.type, start: node.start, text: 'text' in node ? node.text : undefined, docs: 'docs' in node ? node.docs : undefined })) }
  })
}

describe('declarationParts', () => {
  const before = declarationParts(pages, webhooks)

  it('names the endpoint a generated snippet calls, in its hidden prelude', () => {
    const jsapi = pages.find((page) => page.path === JSAPI)!
    for (const sample of renderTsVariants(jsapi, jsapi.operations[0])) {
      expect(snippetEndpoint(`${sample.hiddenPrelude}// ---cut---\n${sample.code}`)).toBe(JSAPI)
      expect(sample.code).not.toContain('wechatpay-docs endpoint')
    }
    expect(snippetEndpoint("const a = 1 // wechatpay-docs endpoint: /v3/x")).toBeUndefined()
  })

  it('changes only the edited endpoint’s part when another page is edited', () => {
    const after = declarationParts(otherEdited, webhooks)
    expect(after.skeleton).toBe(before.skeleton)
    expect(after.endpoints.get(JSAPI)).toBe(before.endpoints.get(JSAPI))
    expect(after.endpoints.get(APP)).not.toBe(before.endpoints.get(APP))
    expect(generateDeclaration(otherEdited, webhooks)).not.toBe(generateDeclaration(pages, webhooks))
  })

  it('changes the page’s own part when the page is edited, and the skeleton when a page is added', () => {
    expect(declarationParts(ownEdited, webhooks).endpoints.get(JSAPI)).not.toBe(before.endpoints.get(JSAPI))
    const added = { ...pages.find((page) => page.path === APP)!, path: '/v3/pay/transactions/new-endpoint', file: 'openapi/v3/pay/transactions/new-endpoint.md' }
    expect(declarationParts([...pages, added], webhooks).skeleton).not.toBe(before.skeleton)
  })

  it('gives a snippet the hash of what it sees: its endpoint’s part, or the parts of those it names', () => {
    const dir = mkdtempSync(join(root, 'node_modules/.cache/declaration-parts-'))
    const snippet = (path: string) => {
      const page = pages.find((candidate) => candidate.path === path)!
      const sample = renderTsVariants(page, page.operations[0])[0]
      return `${sample.hiddenPrelude}// ---cut---\n${sample.code}`
    }
    const guideBlock = "import type { Wechatpay } from '@wechatpay-docs/sdk'\ndeclare const wxpay: Wechatpay\n// ---cut---\nwxpay.v3.pay"
    const before = writeDeclaration(dir, pages, webhooks)
    const after = writeDeclaration(dir, otherEdited, webhooks)
    expect(after.hashFor(snippet(JSAPI))).toBe(before.hashFor(snippet(JSAPI)))
    expect(after.hashFor(snippet(APP))).not.toBe(before.hashFor(snippet(APP)))
    // names no endpoint: the skeleton only
    expect(after.hashFor(guideBlock)).toBe(before.hashFor(guideBlock))
    const appGuide = guideBlock.replace('wxpay.v3.pay', "wxpay.chain('v3/pay/transactions/app')")
    expect(after.hashFor(appGuide)).not.toBe(before.hashFor(appGuide))
    expect(after.hashFor(appGuide)).not.toBe(after.hash)
  })

  it('is right to reuse: editing another page leaves the snippets’ types, hover texts and errors as they were', () => {
    const original = checkSnippets(pages)
    expect(original.flatMap((snippet) => snippet.nodes).length).toBeGreaterThan(30)
    expect(checkSnippets(otherEdited)).toEqual(original)
    // the same check sees an edit of the page's own part
    expect(checkSnippets(ownEdited)).not.toEqual(original)
  }, 120_000)
})

describe('endpointsDeclaration', () => {
  const parts = declarationParts(pages, webhooks)

  it('keeps the skeleton and one endpoint’s own part, and hashes that part as declarationParts does', () => {
    const view = endpointsDeclaration(pages, webhooks, [JSAPI])!
    expect(view.owns).toEqual([parts.endpoints.get(JSAPI)])
    expect(viewHash(skeletonHash(pages, webhooks), ...view.owns)).toBe(viewHash(parts.skeleton, parts.endpoints.get(JSAPI)!))
    expect(view.text).toContain('namespace Jsapi')
    expect(view.text).toContain("'v3/pay/transactions/app': V3.Pay.Transactions.App")
    expect(view.text).not.toContain('APP下单')
    expect(generateDeclaration(pages, webhooks)).toContain('APP下单')
    expect(view.text.length).toBeLessThan(generateDeclaration(pages, webhooks).length / 2)
    expect(endpointsDeclaration(pages, webhooks, ['/v3/no/such/page'])).toBeUndefined()
    expect(endpointsDeclaration(pages, webhooks, [JSAPI, '/v3/no/such/page'])).toBeUndefined()
  })

  it('keeps several endpoints’ parts, in the order of their paths, and none with no path', () => {
    const view = endpointsDeclaration(pages, webhooks, [APP, JSAPI])!
    expect(view.owns).toEqual([parts.endpoints.get(APP), parts.endpoints.get(JSAPI)])
    expect(view.text).toContain('APP下单')
    expect(view.text).toContain('namespace Jsapi')
    const skeleton = endpointsDeclaration(pages, webhooks, [])!
    expect(skeleton.owns).toEqual([])
    expect(skeleton.text).not.toContain('namespace Jsapi')
    expect(skeleton.text).toContain('export interface Wechatpay')
  })

  it('gives each page’s snippets the types, hover texts and errors the whole declaration gives them', () => {
    const sampled = pages.filter((page, i) => i % 12 === 0 || page.operations.some((operation) => operation.request.multipart || operation.response.download))
    expect(sampled.length).toBeGreaterThan(8)
    for (const page of sampled) {
      expect(checkSnippets(pages, page.path, endpointsDeclaration(pages, webhooks, [page.path])!.text), page.path).toEqual(checkSnippets(pages, page.path))
    }
  }, 300_000)
})

describe('views of the endpoints hand-written code names', () => {
  const paths = pages.map((page) => page.path)
  const files = listMarkdownFiles(docs)
  const handWritten = [
    ...files.flatMap((file) =>
      [...readFileSync(join(docs, file), 'utf8').matchAll(/^```ts twoslash[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => ({ where: file, code: match[1] })),
    ),
    ...webhooks.map((spec) => ({ where: spec.title, code: checkedSource(webhookTsSample(spec)) })),
  ].filter((snippet) => snippet.code.includes(DECLARATION_MODULE))

  function check(code: string, declaration: string) {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const file = join(mkdtempSync(join(root, 'node_modules/.cache/declaration-parts-')), 'sdk.d.ts')
    writeFileSync(file, declaration)
    const result = createTwoslasher({ compilerOptions: snippetCompilerOptions(file) })(code, 'ts')
    return { errors: result.errors.map((error) => error.text), nodes: result.nodes.map((node) => ({ type: node.type, start: node.start, text: 'text' in node ? node.text : undefined, docs: 'docs' in node ? node.docs : undefined })) }
  }

  it('give every guide and webhook snippet that imports the SDK what the whole declaration gives it', () => {
    expect(handWritten.length).toBeGreaterThanOrEqual(10)
    const whole = generateDeclaration(pages, webhooks)
    for (const { where, code } of handWritten) {
      const sight = snippetSight(code, paths)
      expect(sight.kind, where).toBe('named')
      const view = endpointsDeclaration(pages, webhooks, sight.kind === 'named' ? sight.paths : [])!
      const viaView = check(code, view.text)
      expect(viaView.errors, where).toEqual([])
      expect(viaView, where).toEqual(check(code, whole))
    }
  }, 300_000)

  it('fail for a snippet that reaches an endpoint it does not name (then the whole declaration checks it)', () => {
    const code = "import type { Endpoints } from '@wechatpay-docs/sdk'\ndeclare const jsapi: Endpoints[Extract<keyof Endpoints, `${string}/transactions/jsapi`>]\n// ---cut---\nconst send = jsapi.post"
    const sight = snippetSight(code, paths)
    expect(sight).toEqual({ kind: 'named', paths: [] })
    expect(() => check(code, endpointsDeclaration(pages, webhooks, [])!.text)).toThrow(/2339/)
    expect(check(code, generateDeclaration(pages, webhooks)).errors).toEqual([])
  }, 60_000)
})
