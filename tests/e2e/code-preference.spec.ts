import { expect, test } from '@playwright/test'

const activeTab = (page: import('@playwright/test').Page, group = 0) =>
  page.locator('.vp-code-group').nth(group).locator('.blocks > div[class*="language-"]:visible')

test('a chosen code tab applies to every group, follows the reader to other pages and survives a reload', async ({ page }) => {
  await page.goto('/openapi/v3/marketing/busifavor/stocks/_stock_id_.html')
  await expect(page.locator('.vp-code-group')).toHaveCount(2)
  await page.locator('.vp-code-group').first().locator('.tabs label', { hasText: 'PHP 同步声明式' }).click()
  for (const group of [0, 1]) {
    await expect(activeTab(page, group)).toHaveCount(1)
    await expect(activeTab(page, group)).toContainText("$response = $instance->chain('v3/marketing/busifavor/stocks/{stock_id}')")
  }

  await page.goto('/openapi/v3/industry-coupon/tokens.html')
  await expect(activeTab(page)).toContainText("$response = $instance->chain('v3/industry-coupon/tokens')->post([")
  await page.reload()
  await expect(activeTab(page)).toContainText("$response = $instance->chain('v3/industry-coupon/tokens')->post([")
})

test('the chosen tab is shown from the first paint, before the app hydrates', async ({ page, browser }) => {
  await page.goto('/openapi/v3/industry-coupon/tokens.html')
  await page.locator('.vp-code-group .tabs label', { hasText: 'PHP 异步属性式' }).click()
  const storage = await page.context().storageState()

  const context = await browser.newContext({ storageState: storage, javaScriptEnabled: true })
  const fresh = await context.newPage()
  await fresh.route('**/assets/**/*.js', (route) => route.abort())
  await fresh.goto('/openapi/v3/industry-coupon/tokens.html')
  const visible = fresh.locator('.vp-code-group .blocks > div[class*="language-"]:visible')
  await expect(visible).toHaveCount(1)
  await expect(visible).toContainText("$instance['v3/industry-coupon/tokens']->postAsync([")
  await context.close()
})
