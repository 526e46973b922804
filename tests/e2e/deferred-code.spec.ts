import { expect, test } from '@playwright/test'
import { collectErrors } from './support'

// A built API page carries the code of its first tab only; the other tabs' code is fetched when the
// reader points at or tabs into the group (node/markdown/deferred-code.ts, theme/deferred-code.ts).

const JSAPI = '/openapi/v3/pay/transactions/jsapi.html'

test('the page’s HTML holds the first tab’s code and leaves the others to one fetch', async ({ page, request }) => {
  const html = await (await request.get(JSAPI)).text()
  expect(html).toMatch(/data-h="\d+">jsapi<\/span>/)
  expect(html).not.toContain('postAsync')
  expect(html.match(/<code data-deferred="assets\/fragments\/[0-9a-f]{16}\.code\.html#\d+"><\/code>/g)).toHaveLength(8)

  const errors = collectErrors(page)
  const fetched: string[] = []
  page.on('request', (sent) => {
    if (sent.url().endsWith('.code.html')) fetched.push(sent.url())
  })
  await page.goto(JSAPI)
  await expect(page.locator('.vp-code-group .blocks > div.active pre')).toContainText('wxpay.v3.pay.transactions.jsapi.post(')
  expect(fetched).toEqual([])
  await page.locator('.vp-code-group .tabs label', { hasText: 'PHP 异步属性式' }).click()
  await expect(page.locator('.vp-code-group .blocks > div.active pre')).toContainText("$instance['v3/pay/transactions/jsapi']->postAsync([")
  await expect(page.locator('code[data-deferred]')).toHaveCount(0)
  expect(fetched).toHaveLength(1)
  expect(errors).toEqual([])
})

test('a keyboard reader moving through the tabs gets each tab’s code', async ({ page }) => {
  await page.goto(JSAPI)
  await page.locator('.vp-code-group .tabs input').first().focus()
  for (let i = 1; i < 9; i++) {
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.vp-code-group .blocks > div.active pre code')).not.toBeEmpty()
  }
  await expect(page.locator('.vp-code-group .blocks > div.active pre')).toContainText('$instance')
})

test('a tab whose code could not be fetched says so', async ({ page }) => {
  await page.route('**/*.code.html', (route) => route.abort())
  await page.goto(JSAPI)
  await page.locator('.vp-code-group .tabs label', { hasText: 'PHP 同步纯链式' }).click()
  await expect(page.locator('.vp-code-group .blocks > div.active pre')).toContainText('这段代码没能加载，请刷新页面。')
})
