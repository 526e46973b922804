import { expect, test, type Page } from '@playwright/test'
import { apiPages, collectErrors } from './support'

/**
 * Queries a reader types, with a page that must be among the first five results. Chinese words
 * from the middle of titles and descriptions, and field names that appear only in the tables.
 */
const QUERIES: Array<{ query: string; page: string }> = [
  { query: '预下单', page: '/openapi/v3/industry-coupon/tokens.html' },
  { query: '切卡', page: '/openapi/v3/industry-coupon/tokens.html' },
  { query: '拉起快捷切卡', page: '/openapi/v3/industry-coupon/tokens.html' },
  { query: 'coupon_list', page: '/openapi/v3/industry-coupon/tokens.html' },
  { query: '商户订单号', page: '/openapi/v3/pay/transactions/out-trade-no/_out_trade_no_.html' },
  { query: 'out_trade_no', page: '/openapi/v3/pay/transactions/out-trade-no/_out_trade_no_.html' },
  { query: '退款', page: '/openapi/v3/refund/domestic/refunds.html' },
  { query: '分账接收方', page: '/openapi/v3/profitsharing/receivers/add.html' },
  { query: '商家券', page: '/openapi/v3/marketing/busifavor/stocks.html' },
  { query: '合单', page: '/openapi/v3/combine-transactions/out-trade-no/_combine_out_trade_no_.html' },
]

const box = (page: Page) => page.locator('.VPLocalSearchBox')
const results = (page: Page) => box(page).locator('.result')

/**
 * Opens the search box with Ctrl+K. The shortcut listens only once the page is hydrated, and a
 * busy machine can take a while to get there after `goto`: a key pressed before is lost, so it is
 * pressed again until the box shows.
 */
async function openSearch(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('Control+k')
    await expect(box(page)).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

async function search(page: Page, query: string): Promise<string[]> {
  const input = box(page).locator('input')
  const answer = box(page).locator('.result, .no-results')
  // Empty first, so that what shows next is this query's answer, not the last one's (the box
  // debounces typing and lists nothing for an empty query).
  await input.fill('')
  await expect(answer).toHaveCount(0)
  await input.fill(query)
  // The first query also waits for the index to load, slow on a busy machine.
  await expect(answer.first()).toBeVisible({ timeout: 30_000 })
  return results(page).evaluateAll((anchors) => anchors.map((a) => (a.getAttribute('href') ?? '').split('#')[0]))
}

test('the search box opens by click, by / and by Ctrl+K', async ({ page }) => {
  await page.goto('/')
  await page.locator('#local-search button').click()
  await expect(box(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(box(page)).toHaveCount(0)
  await page.keyboard.press('/')
  await expect(box(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+k')
  await expect(box(page)).toBeVisible()
  await expect(box(page).locator('input')).toBeFocused()
})

test('Chinese words and field names find their pages among the first five results', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await openSearch(page)
  for (const { query, page: expected } of QUERIES) {
    const hrefs = await search(page, query)
    expect(hrefs.length, query).toBeGreaterThan(0)
    expect(hrefs.slice(0, 5), query).toContain(expected)
  }
  expect(errors).toEqual([])
})

test('a nonsense query finds nothing', async ({ page }) => {
  await page.goto('/')
  await openSearch(page)
  for (const query of ['量子纠缠', 'zqxjvwk']) {
    expect(await search(page, query), query).toEqual([])
    await expect(box(page).locator('.no-results')).toBeVisible()
  }
})

test('a result shows the page title as written and opens the page', async ({ page }) => {
  const tokens = apiPages().find(({ spec }) => spec.path === '/v3/industry-coupon/tokens')!
  await page.goto('/')
  await openSearch(page)
  await search(page, '预下单')
  const first = results(page).first()
  await expect(first.locator('.title.main .text')).toHaveText(tokens.spec.title)
  await first.click()
  await expect(page).toHaveURL(/\/openapi\/v3\/industry-coupon\/tokens\.html/)
  await expect(page.locator('h1')).toHaveText(tokens.spec.title)
})
