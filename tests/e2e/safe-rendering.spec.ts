import { execFileSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import ts from 'typescript'
import { parseApiSource } from '../../.vitepress/node/spec/load-pages'
import type { Schema } from '../../.vitepress/node/spec/types'
import { CODE_RENDERERS } from '../../.vitepress/node/render/api-page'
import { TS_PRELUDE } from '../../.vitepress/node/render/ts-variants'
import { PHP } from '../support/run-php-snippet'
import { buildSite, createSmallSite, startPreview, stopServer } from '../support/small-site'
import { collectErrors } from './support'

/**
 * A site of its own with one hostile spec page (HTML, script tags, Vue interpolation, markdown
 * syntax, entities and `$` in every kind of field), built and served by this file on its own port.
 */
const PORT = Number(process.env.SAFE_RENDERING_PORT ?? 4404)
const ORIGIN = `http://127.0.0.1:${PORT}`
const FILE = 'openapi/v3/hostile/_out_no_.md'
const URL_PATH = '/openapi/v3/hostile/_out_no_.html'
const SOURCE = readFileSync(join(import.meta.dirname, '../node/render/fixtures/hostile-text.md'), 'utf8')
const { spec } = parseApiSource(SOURCE, FILE)!
const SITE_TITLE = '微信支付 APIv3 开发文档'

let site: string | undefined
let server: ChildProcess | undefined

test.use({ baseURL: ORIGIN, viewport: { width: 1440, height: 900 } })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  site = createSmallSite('safe-rendering', { [FILE]: SOURCE })
  const { status, output } = await buildSite(site)
  expect(status, output).toBe(0)
  server = await startPreview(site, PORT)
})

test.afterAll(async () => {
  await stopServer(server)
  if (site) rmSync(site, { recursive: true, force: true })
})

/** Opens the hostile page, recording dialogs and console errors, and waits for hydration. */
async function openHostilePage(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    await dialog.dismiss()
  })
  const errors = collectErrors(page)
  await page.goto(URL_PATH)
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  return { dialogs, errors }
}

/** Every string the spec holds that a reader sees as text, by where it appears. */
function fieldTexts() {
  const texts: string[] = []
  const walk = (schema: Schema | undefined, top: boolean): void => {
    if (!schema) return
    // A top-level schema's description is the group row's, not the spec's.
    if (!top) texts.push(schema.description)
    for (const meaning of Object.values(schema.enumDescriptions)) texts.push(meaning)
    for (const value of schema.enum ?? []) texts.push(String(value))
    if (typeof schema.example === 'string') texts.push(schema.example)
    for (const child of Object.values(schema.properties)) walk(child, false)
    if (schema.items) walk(schema.items, false)
  }
  for (const operation of spec.operations) {
    for (const schema of Object.values(operation.request) as Array<Schema | undefined>) walk(schema, true)
    walk(operation.response.body, true)
  }
  return texts.filter((text) => text !== '')
}

test('spec text shows literally in the title, headings, tables, links, sidebar and outline', async ({ page }) => {
  const { dialogs, errors } = await openHostilePage(page)
  const content = page.locator('.vp-doc')
  expect(await page.locator('.vp-doc h1').textContent()).toBe(spec.title)
  expect(await page.locator('.vp-doc .api-description').textContent()).toBe(spec.description)
  for (const operation of spec.operations) {
    expect(await page.locator(`.vp-doc h2#${operation.method.toLowerCase()} + p`).textContent()).toBe(operation.description.replace(/\n+/g, ' '))
  }
  for (const operation of spec.operations) {
    const heading = page.locator(`.vp-doc h2#${operation.method.toLowerCase()}`)
    expect((await heading.textContent())?.replace(/\u200b/g, '').trim()).toBe(operation.title)
    await expect(page.locator('.VPDocAsideOutline')).toContainText(operation.title, { useInnerText: false })
  }
  // Whitespace is compared collapsed: HTML (and Vue's template compiler) fold a line break to a space.
  const collapse = (text: string) => text.replace(/[\s\u2028\u2029]+/g, ' ')
  const tables = collapse((await content.locator('.api-params').allTextContents()).join('\n'))
  for (const text of fieldTexts()) expect(tables, `table text for ${JSON.stringify(text)}`).toContain(collapse(text))
  const link = spec.docs[0]
  expect(await content.locator('.api-docs-links a').textContent()).toBe(`${link.title}：${link.url}`)
  expect(await page.locator('.VPSidebar').textContent()).toContain(spec.title)

  expect(await page.title()).toBe(`${spec.title} | ${SITE_TITLE}`)
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(spec.description)
  // The server-rendered head too, as a crawler or a link preview reads it.
  const html = await (await page.request.get(URL_PATH)).text()
  const head = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    return { title: doc.title, description: doc.querySelector('meta[name="description"]')?.getAttribute('content'), metas: doc.querySelectorAll('meta[name="description"]').length }
  }, html)
  expect(head).toEqual({ title: `${spec.title} | ${SITE_TITLE}`, description: spec.description, metas: 1 })

  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('no element, script or dialog comes from spec text, before or after hydration', async ({ page }) => {
  const { dialogs, errors } = await openHostilePage(page)
  const made = await page.evaluate(() => ({
    // The page's hover table is our own markup: empty <i> entries whose spec text sits in attributes.
    elements: [...document.querySelectorAll('img, b, i, iframe, object, embed')]
      .filter((el) => !(el.tagName === 'I' && el.parentElement?.classList.contains('tw-hovers') && el.childNodes.length === 0))
      .map((el) => el.outerHTML),
    scripts: [...document.scripts].filter((s) => /alert|onerror/.test(s.textContent ?? '') || (s.src && !s.src.startsWith(location.origin))).map((s) => s.outerHTML),
    handlers: [...document.querySelectorAll('[onerror], [onload], [onclick]')].map((el) => el.outerHTML),
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:')).map((a) => a.outerHTML),
  }))
  expect(made).toEqual({ elements: [], scripts: [], handlers: [], javascriptLinks: [] })
  // Vue did not evaluate `{{ 1 + 1 }}` or `{{ constructor }}` anywhere.
  const body = (await page.locator('body').textContent()) ?? ''
  expect(body).toContain('{{ 1 + 1 }}')
  expect(body).toContain('{{ constructor }}')
  expect(body).not.toContain('function Object()')
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('the page hydrates without a mismatch and keeps the text after a client-side visit', async ({ page }) => {
  const { dialogs, errors } = await openHostilePage(page)
  await page.locator('.VPSidebar a', { hasText: '全部接口' }).first().click()
  await expect(page.locator('.vp-doc h1')).toHaveText('接口目录')
  const link = page.locator('table.api-index a', { hasText: spec.title })
  await expect(link).toHaveText(spec.title)
  await link.click()
  await expect(page).toHaveURL(new RegExp(URL_PATH.replace(/\./g, '\\.')))
  await expect(page.locator('.vp-doc h1')).toHaveText(spec.title)
  expect(await page.locator('.vp-doc h1').textContent()).toBe(spec.title)
  expect(await page.title()).toBe(`${spec.title} | ${SITE_TITLE}`)
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(spec.description)
  expect(await page.locator('img, b').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('search shows spec text literally', async ({ page }) => {
  const { dialogs, errors } = await openHostilePage(page)
  await page.locator('.DocSearch-Button').click()
  const box = page.locator('.VPLocalSearchBox')
  await box.locator('input').fill('onerror')
  await expect(box.locator('.result').first()).toBeVisible()
  const results = (await box.locator('.results').textContent()) ?? ''
  expect(results).toContain(`<img src=x onerror=alert('get')>`)
  expect(await box.locator('img, b, i, script').count()).toBe(0)
  await box.locator('input').fill('constructor')
  await expect(box.locator('.result').first()).toBeVisible()
  expect(await box.locator('.results').textContent()).toContain('{{ constructor }}')
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('a type popup shows a hostile description as text', async ({ page }) => {
  const { dialogs, errors } = await openHostilePage(page)
  const code = page.locator('.vp-code-group').first().locator('.blocks > div[class*="language-"]:visible')
  await code.locator('.tw-hover', { hasText: /^note$/ }).first().hover()
  const popup = page.locator('#tw-popup')
  await expect(popup).toBeVisible()
  await expect(popup).toContainText('[链接](javascript:alert(1)) &amp;')
  expect(await popup.locator('img, b, a, script').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('the TypeScript and PHP snippets show the rendered code exactly, and still parse', async ({ page }) => {
  await openHostilePage(page)
  // the hidden tabs' code is fetched when the reader points at their group
  for (const group of await page.locator('.vp-code-group').all()) await group.hover()
  await expect(page.locator('code[data-deferred]')).toHaveCount(0)
  const shown = await page.locator('.vp-code-group .blocks > div[class*="language-"] pre code').allTextContents()
  const expected = spec.operations.flatMap((operation) => CODE_RENDERERS.flatMap((render) => render(spec, operation)))
  expect(shown.map((text) => text.replace(/\n$/, ''))).toEqual(expected.map((sample) => sample.code))

  const scratch = mkdtempSync(join(tmpdir(), 'safe-rendering-'))
  try {
    expected.forEach((sample, i) => {
      if (sample.lang === 'ts') {
        const result = ts.transpileModule(`${TS_PRELUDE}${shown[i]}\nexport {}\n`, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
        expect((result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), sample.label).toEqual([])
      } else {
        const file = join(scratch, `${i}.php`)
        writeFileSync(file, `<?php\n${shown[i]}\n`)
        expect(() => execFileSync(PHP, ['-l', file], { encoding: 'utf8', stdio: 'pipe' }), sample.label).not.toThrow()
      }
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})
