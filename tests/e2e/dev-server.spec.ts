import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page, type Request } from '@playwright/test'
import { screenshotDir } from './support'

/**
 * The site as a writer sees it: `vitepress dev` on the project, the way `npm run dev` starts it.
 * The other browser tests read the built site.
 */
const root = join(import.meta.dirname, '../..')
const port = Number(process.env.DOCS_DEV_PORT ?? 4391)
const origin = `http://127.0.0.1:${port}`
const jsapiFile = join(root, 'docs/openapi/v3/pay/transactions/jsapi.md')
const jsapiUrl = `${origin}/openapi/v3/pay/transactions/jsapi.html`

let server: ChildProcess | undefined
let output = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = spawn(join(root, 'node_modules/.bin/vitepress'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  server.stdout!.on('data', (chunk) => (output += chunk))
  server.stderr!.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 110_000
  while (!/Local\b/.test(output)) {
    if (server.exitCode !== null) throw new Error(`vitepress dev exited:\n${output}`)
    if (Date.now() > deadline) throw new Error(`vitepress dev did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
})

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
})

async function openJsapi(page: Page): Promise<Request[]> {
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  await page.goto(jsapiUrl)
  await expect(page.locator('.vp-code-group div.active pre').first()).toContainText('v3.pay.transactions.jsapi', { timeout: 60_000 })
  return requests
}

test('the default theme reaches the browser as one prebuilt module, and looks as it does in a build', async ({ page }) => {
  // The dev server's first HTML has no icon link yet (VitePress's client adds the head), so
  // Chromium asks for /favicon.ico; a build's pages name /favicon.svg from the start.
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`)
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1280, height: 900 })
  const requests = await openJsapi(page)
  const urls = requests.map((request) => request.url())
  expect(urls.filter((url) => url.includes('/theme-default/') && /\.(vue|js)(\?|$)/.test(url))).toEqual([])
  expect(urls.filter((url) => /\/\.vitepress\/cache\/default-theme\/[0-9a-f]+\/index\.js/.test(url))).toHaveLength(1)
  const nav = page.locator('.VPNavBar')
  await expect(nav).toBeVisible()
  expect(await nav.evaluate((element) => getComputedStyle(element).height)).toBe('64px')
  expect(urls.filter((url) => url.endsWith('/@prebuilt-default-theme/style.css'))).toHaveLength(1)
  // the theme's styles come before ours, which win: the brand colour is the site's green
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vp-c-brand-1').trim())).toBe('#037538')
  await expect(page.locator('.VPSidebar')).toBeVisible()
  await expect(page.locator('table').first()).toBeVisible()
  await page.screenshot({ path: join(screenshotDir, 'dev-jsapi-1280.png') })
  expect(errors).toEqual([])
  expect(output).not.toMatch(/new dependencies optimized|optimized dependencies changed/)
})

test('an API page\'s tables and code come from its fragment files, its hidden tabs\' code when asked for', async ({ page }) => {
  const requests = await openJsapi(page)
  const module = requests.find((request) => /\/jsapi\.md\?/.test(request.url()))
  expect(module).toBeDefined()
  const script = (await (await module!.response())!.body()).toString()
  expect(script).toContain('ApiFragment')
  expect(script).not.toContain('v3.pay.transactions.jsapi')
  expect(requests.filter((request) => /\/assets\/fragments\/[0-9a-f]{16}\.html$/.test(request.url()))).toHaveLength(1)
  await expect(page.locator('table').first()).toContainText('appid')
  const group = page.locator('.vp-code-group').first()
  await group.locator('.tabs label', { hasText: 'PHP 同步声明式' }).click()
  await expect(group.locator('div[class*="language-"].active pre')).toContainText("$response = $instance->chain('v3/pay/transactions/jsapi')->post([")
})

test('hovering a call shows its type in the dev server', async ({ page }) => {
  await openJsapi(page)
  await page.locator('.vp-code-group div.active pre .tw-hover', { hasText: /^post$/ }).first().hover()
  const popup = page.locator('#tw-popup')
  await expect(popup).toBeVisible()
  await expect(popup).toContainText('V3.Pay.Transactions.Jsapi.PostRequest')
})

test('the search box of the prebuilt theme finds a page by its title', async ({ page }) => {
  await openJsapi(page)
  const box = page.locator('.VPLocalSearchBox')
  await expect(async () => {
    await page.keyboard.press('Control+k')
    await expect(box).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await box.locator('input').fill('切卡组件预下单')
  await expect(box.locator('.result').first()).toHaveAttribute('href', /\/openapi\/v3\/industry-coupon\/tokens(\.html)?(#top)?$/, { timeout: 10_000 })
})

test('an edited description shows in the open page without a reload', async ({ page }) => {
  await openJsapi(page)
  const source = readFileSync(jsapiFile, 'utf8')
  const marker = `（开发服务器编辑 ${Date.now()}）`
  const edited = source.replace(/^description: (.*)$/m, (_, text: string) => `description: ${text}${marker}`)
  expect(edited).not.toBe(source)
  await page.evaluate(() => ((window as unknown as { beforeEdit: boolean }).beforeEdit = true))
  try {
    writeFileSync(jsapiFile, edited)
    await expect(page.getByText(marker).first()).toBeVisible({ timeout: 15_000 })
    expect(await page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit)).toBe(true)
  } finally {
    writeFileSync(jsapiFile, source)
  }
})
