import { expect, test } from '@playwright/test'
import { collectErrors } from './support'

// A built API page loads its own entry of VitePress's page→chunk map, not the whole site's
// (node/site/lazy-hash-map.ts); the rest arrives when the reader points at a link
// (theme/page-hash-map.ts) or, failing that, through VitePress's own retry after a click.

const JSAPI = '/openapi/v3/pay/transactions/jsapi'
const APP_KEY = 'openapi_v3_pay_transactions_app.md'

type HashMapWindow = { __VP_HASH_MAP__: Record<string, string>; __samePage?: boolean }

test('an API page starts with its own entry and the guides, not the whole catalogue', async ({ page, request }) => {
  const fetched: string[] = []
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname))
  await page.goto(`${JSAPI}.html`)
  await page.waitForLoadState('networkidle')
  const map = await page.evaluate(() => ({ ...(window as unknown as HashMapWindow).__VP_HASH_MAP__ }))
  expect(map['openapi_v3_pay_transactions_jsapi.md']).toMatch(/^[\w-]{8}$/)
  expect(map['guide_getting-started.md']).toMatch(/^[\w-]{8}$/)
  expect(map[APP_KEY]).toBeUndefined()
  expect(fetched).not.toContain('/hashmap.json')
  const full = (await (await request.get('/hashmap.json')).json()) as Record<string, string>
  expect(full[APP_KEY]).toMatch(/^[\w-]{8}$/)
})

test('pointing at a sidebar link loads the whole map, and the click opens the page in-app', async ({ page }) => {
  const errors = collectErrors(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${JSAPI}.html`)
  await page.evaluate(() => ((window as unknown as HashMapWindow).__samePage = true))
  const link = page.locator('.VPSidebar').getByRole('link', { name: 'APP下单', exact: true })
  const hashMap = page.waitForResponse((response) => new URL(response.url()).pathname === '/hashmap.json')
  await link.hover()
  await hashMap
  await expect.poll(() => page.evaluate((key) => (window as unknown as HashMapWindow).__VP_HASH_MAP__[key], APP_KEY)).toMatch(/^[\w-]{8}$/)
  await link.click()
  await expect(page.locator('h1')).toHaveText('APP下单')
  await expect(page.locator('.api-params table').first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as HashMapWindow).__samePage)).toBe(true)
  expect(errors).toEqual([])
})
