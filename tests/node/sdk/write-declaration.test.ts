import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadApiPages, loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import { DECLARATION_FILE, generateDeclaration } from '../../../.vitepress/node/sdk/generate-declaration'
import { createLiveDeclaration, createWholeChecks, UNSEEN_DECLARATION, writeDeclaration } from '../../../.vitepress/node/sdk/write-declaration'
import { renderTsVariants } from '../../../.vitepress/node/render/ts-variants'
import type { ApiPageSpec } from '../../../.vitepress/node/spec/types'

const root = join(import.meta.dirname, '../../..')
const docs = join(root, 'docs')
const loaded = [...loadApiPages(docs).values()].map((page) => page.spec)
const webhooks = [...loadWebhookPages(docs).values()].map((page) => page.spec)
const JSAPI = '/v3/pay/transactions/jsapi'
const APP = '/v3/pay/transactions/app'

function snippet(specs: readonly ApiPageSpec[], path: string): string {
  const page = specs.find((candidate) => candidate.path === path)!
  const sample = renderTsVariants(page, page.operations[0])[0]
  return `${sample.hiddenPrelude}// ---cut---\n${sample.code}`
}

function tempRoot(): string {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  return mkdtempSync(join(root, 'node_modules/.cache/live-declaration-'))
}

/** A live declaration over a copy of the specs, and a way to edit the copy as the dev server would. */
function liveSite(options: { writeAfterMs?: number; lazyStart?: boolean } = {}) {
  const dir = tempRoot()
  let specs = loaded
  const live = createLiveDeclaration(dir, () => specs, () => webhooks, options)
  const edit = (path: string, description: string) => {
    specs = specs.map((page) =>
      page.path === path ? { ...page, operations: page.operations.map((operation, i) => (i === 0 ? { ...operation, description } : operation)) } : page,
    )
    live.invalidate()
  }
  return { dir, live, edit, specs: () => specs, file: join(dir, DECLARATION_FILE) }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createLiveDeclaration', () => {
  it('after an edit, hashes an endpoint’s snippets as the declaration written later will, without writing it', () => {
    const site = liveSite()
    const written = statSync(site.file).mtimeMs
    const before = { jsapi: site.live.hashFor(snippet(loaded, JSAPI)), app: site.live.hashFor(snippet(loaded, APP)) }
    site.edit(APP, '〔已修改的说明〕')
    const during = { jsapi: site.live.hashFor(snippet(site.specs(), JSAPI)), app: site.live.hashFor(snippet(site.specs(), APP)) }
    expect(during.jsapi).toBe(before.jsapi)
    expect(during.app).not.toBe(before.app)
    expect(statSync(site.file).mtimeMs).toBe(written)
    expect(readFileSync(site.file, 'utf8')).toBe(generateDeclaration(loaded, webhooks))

    const current = site.live.current()
    expect(readFileSync(site.file, 'utf8')).toBe(generateDeclaration(site.specs(), webhooks))
    expect(current.hashFor(snippet(site.specs(), APP))).toBe(during.app)
    expect(writeDeclaration(tempRoot(), site.specs(), webhooks).hash).toBe(current.hash)
  })

  it('gives the view of the endpoint a snippet names, as edited, and none for code that does not import the SDK', () => {
    const site = liveSite()
    expect(site.live.viewFor(snippet(loaded, APP))!.text).not.toContain('〔已修改的说明〕')
    site.edit(APP, '〔已修改的说明〕')
    const view = site.live.viewFor(snippet(site.specs(), APP))!
    expect(view.text).toContain('〔已修改的说明〕')
    expect(view.named).toBe(false)
    expect(view.hash).toBe(site.live.hashFor(snippet(site.specs(), APP)))
    expect(site.live.viewFor("import { createHash } from 'node:crypto'\n// ---cut---\n")).toBeUndefined()
  })

  const guideBlock = "import type { Wechatpay } from '@wechatpay-docs/sdk'\ndeclare const wxpay: Wechatpay\n// ---cut---\nawait wxpay.v3.pay.transactions.jsapi.post({} as never)"

  it('keys hand-written code by the endpoints it names: another page’s edit leaves it, its endpoint’s does not', () => {
    const site = liveSite()
    const before = site.live.hashFor(guideBlock)
    site.edit(APP, '〔已修改的说明〕')
    expect(site.live.hashFor(guideBlock)).toBe(before)
    site.edit(JSAPI, '〔已修改的说明〕')
    const after = site.live.hashFor(guideBlock)
    expect(after).not.toBe(before)
    const view = site.live.viewFor(guideBlock)!
    expect(view).toMatchObject({ hash: after, named: true })
    expect(view.text).toContain('〔已修改的说明〕')
    expect(view.text).not.toContain('APP下单')
    // the same hash once the whole declaration is written
    expect(site.live.current().hashFor(guideBlock)).toBe(after)
  })

  it('gives code that does not import the SDK one hash whatever the specs say', () => {
    const site = liveSite()
    const plain = "import { createHash } from 'node:crypto'\nconst jsapi = createHash('sha256')"
    expect(site.live.hashFor(plain)).toBe(UNSEEN_DECLARATION)
    site.edit(JSAPI, '〔已修改的说明〕')
    expect(site.live.hashFor(plain)).toBe(UNSEEN_DECLARATION)
    expect(site.live.current().hashFor(plain)).toBe(UNSEEN_DECLARATION)
  })

  it('keys hand-written code recorded as checked against the whole declaration by the whole declaration, in every process', () => {
    const dir = tempRoot()
    const wholeChecks = createWholeChecks(join(dir, 'whole'))
    const live = createLiveDeclaration(dir, () => loaded, () => webhooks, { wholeChecks })
    expect(live.hashFor(guideBlock)).not.toBe(live.current().hash)
    wholeChecks.add(guideBlock)
    expect(live.viewFor(guideBlock)).toBeUndefined()
    expect(live.hashFor(guideBlock)).toBe(live.current().hash)
    // another process reads the same record
    expect(writeDeclaration(tempRoot(), loaded, webhooks, createWholeChecks(join(dir, 'whole'))).hashFor(guideBlock)).toBe(live.current().hash)
    expect(writeDeclaration(tempRoot(), loaded, webhooks).hashFor(guideBlock)).not.toBe(live.current().hash)
  })

  it('with writeAfterMs, writes the file that long after the last edit', () => {
    vi.useFakeTimers()
    const site = liveSite({ writeAfterMs: 10_000 })
    site.edit(JSAPI, '〔第一次修改〕')
    vi.advanceTimersByTime(6_000)
    site.edit(JSAPI, '〔第二次修改〕')
    vi.advanceTimersByTime(6_000)
    expect(readFileSync(site.file, 'utf8')).not.toContain('〔')
    vi.advanceTimersByTime(4_000)
    expect(readFileSync(site.file, 'utf8')).toContain('〔第二次修改〕')
  })

  it('with lazyStart, hashes an endpoint’s snippets without generating the whole declaration, and writes it when asked or later', () => {
    vi.useFakeTimers()
    const eager = liveSite()
    const site = liveSite({ lazyStart: true, writeAfterMs: 10_000 })
    expect(existsSync(site.file)).toBe(false)
    expect(site.live.file).toBe(site.file)
    expect(site.live.hashFor(snippet(loaded, JSAPI))).toBe(eager.live.hashFor(snippet(loaded, JSAPI)))
    expect(site.live.viewFor(snippet(loaded, JSAPI))!.text).toContain('jsapi')
    expect(existsSync(site.file)).toBe(false)
    vi.advanceTimersByTime(10_000)
    expect(readFileSync(site.file, 'utf8')).toBe(generateDeclaration(loaded, webhooks))

    const asked = liveSite({ lazyStart: true, writeAfterMs: 10_000 })
    expect(asked.live.current().hash).toBe(eager.live.current().hash)
    expect(readFileSync(asked.file, 'utf8')).toBe(generateDeclaration(loaded, webhooks))
  })
})
