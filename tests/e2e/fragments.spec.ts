import { expect, test } from '@playwright/test'
import { CODE_TAB_STORAGE_KEY } from '../../.vitepress/shared/code-preference'
import { collectErrors } from './support'

// A built API page keeps its tables and code in its HTML and out of its script; after an in-app
// navigation they are fetched from the page's fragment file (node/markdown/page-fragments.ts).

const JSAPI = '/openapi/v3/pay/transactions/jsapi'
const APP = '/openapi/v3/pay/transactions/app'

/** Navigates inside the app (VitePress's router handles the click), without a page load. */
async function navigateInApp(page: import('@playwright/test').Page, href: string) {
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true))
  await page.evaluate((target) => {
    const link = document.createElement('a')
    link.href = target
    link.textContent = 'go'
    document.querySelector('.vp-doc')!.append(link)
    link.click()
  }, href)
  await expect.poll(() => page.evaluate(() => location.pathname.replace(/\.html$/, '') + location.hash)).toBe(href)
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true)
}

test('an API page reached in-app shows its tables, its nine tabs in the chosen style and working popups', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto(`${JSAPI}.html`)
  await page.evaluate((key) => localStorage.setItem(key, 'PHP 同步声明式'), CODE_TAB_STORAGE_KEY)
  await navigateInApp(page, APP)
  await expect(page.locator('h1')).toHaveText('APP下单')
  await expect(page.locator('.api-params table').first().locator('tr#request\\.appid')).toBeVisible()
  await expect(page.locator('.vp-code-group .tabs label')).toHaveCount(9)
  await expect(page.locator('.vp-code-group .blocks > div.active')).toContainText("->chain('v3/pay/transactions/app')")
  await page.locator('.vp-code-group .tabs label', { hasText: 'TypeScript 纯链式' }).click()
  await page.locator('.vp-code-group div.active pre .tw-hover', { hasText: /^post$/ }).hover()
  await expect(page.locator('#tw-popup')).toContainText('APP下单')
  expect(errors).toEqual([])
})

test('an in-app link to a field lands on its row once the table has arrived', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${JSAPI}.html`)
  await navigateInApp(page, `${APP}#request.amount.total`)
  const row = page.locator('tr[id="request.amount.total"]')
  await expect(row).toHaveClass(/api-row-target/)
  await expect(row).toBeInViewport()
})

test('a fragment that cannot be fetched says so instead of leaving a gap', async ({ page }) => {
  await page.goto(`${JSAPI}.html`)
  await page.route('**/assets/fragments/**', (route) => route.fulfill({ status: 503, body: '' }))
  await navigateInApp(page, APP)
  await expect(page.locator('.api-fragment-error').first()).toContainText('刷新页面')
})

test("the page's script carries no table or code, only the HTML does", async ({ page, request }) => {
  await page.goto(`${JSAPI}.html`)
  const html = await (await request.get(`${JSAPI}.html`)).text()
  expect(html).toContain('直连商户号')
  const scripts = [...html.matchAll(/<link rel="modulepreload" href="([^"]+\.md\.[^"]+)"/g)].map((match) => match[1])
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) {
    const js = await (await request.get(script)).text()
    expect(js).toContain('assets/fragments/')
    expect(js).not.toContain('直连商户号')
    expect(js).not.toContain('postAsync')
  }
})
