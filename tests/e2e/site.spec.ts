import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { apiPages, collectErrors, screenshotDir, webhookPages } from './support'

test('home page links to the guide and the API pages without errors', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.locator('.VPHero .name')).toContainText('微信支付 APIv3')
  await page.getByRole('link', { name: '快速开始' }).first().click()
  await expect(page.locator('h1')).toHaveText('快速开始')
  await page.screenshot({ path: join(screenshotDir, 'guide-desktop.png'), fullPage: true })
  expect(errors).toEqual([])
})

for (const { spec, url } of apiPages()) {
  test(`${spec.title} (${url}) renders its tables and tabs`, async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(url)
    await expect(page.locator('h1')).toHaveText(spec.title)
    await expect(page.locator('.vp-code-group')).toHaveCount(spec.operations.length)
    for (const group of await page.locator('.vp-code-group').all()) {
      await expect(group.locator('.tabs label')).toHaveCount(9)
    }
    const tables = spec.operations.reduce((n, op) => n + (op.response.body ? 1 : 0) + (Object.keys(op.request).length > 0 ? 1 : 0), 0)
    await expect(page.locator('.api-params table')).toHaveCount(tables)
    expect(errors).toEqual([])
  })
}

for (const { spec, url } of webhookPages()) {
  test(`webhook ${spec.title} (${url}) shows its events, headers, envelope, resource, code and sidebar`, async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(url)
    await expect(page.locator('h1')).toHaveText(spec.title)
    await expect(page.locator('.api-params table')).toHaveCount(4)
    for (const event of spec.events) await expect(page.locator('.api-params').first()).toContainText(event.type)
    await expect(page.locator('.vp-code-group')).toHaveCount(1)
    await expect(page.locator('.vp-code-group .tabs label')).toHaveText(['TypeScript', 'PHP'])
    await expect(page.locator('.VPSidebar')).toContainText(spec.title)
    expect(errors).toEqual([])
  })
}

test('the API index lists every API page and webhook, grouped by product line', async ({ page }) => {
  const pages = [...apiPages(), ...webhookPages()]
  await page.goto('/openapi/')
  await expect(page.locator('h1')).toHaveText('接口目录')
  const links = page.locator('table.api-index td:first-child a')
  await expect(links).toHaveCount(pages.length)
  const titles = await links.allTextContents()
  expect(titles.sort()).toEqual(pages.map((p) => p.spec.title).sort())
})

test('an API page shows the sidebar of its own product line only', async ({ page }) => {
  await page.goto('/openapi/v3/industry-coupon/tokens.html')
  const sidebar = page.locator('.VPSidebar')
  await expect(sidebar.getByRole('link', { name: '出行券切卡组件预下单' })).toBeVisible()
  await expect(sidebar.getByRole('link', { name: '全部接口' })).toBeVisible()
  await expect(sidebar.getByRole('link', { name: 'JSAPI下单' })).toHaveCount(0)
})
