import { expect, test, type Page } from '@playwright/test'
import { flattenRows, type ParamRow } from '../../.vitepress/node/render/params-table'
import type { Schema } from '../../.vitepress/node/spec/types'
import { apiPages } from './support'

/** Whether a schema or anything under it is encrypted. */
function hasEncrypted(schema: Schema | undefined): boolean {
  if (!schema) return false
  if (schema.encrypted) return true
  return Object.values(schema.properties ?? {}).some(hasEncrypted) || hasEncrypted(schema.items)
}

/** Every API page with an encrypted request field, and those fields' rows (anchor, name, required). */
function encryptedPages() {
  return apiPages().flatMap((page) => {
    const several = page.spec.operations.length > 1
    const rows = page.spec.operations.flatMap((operation) => {
      const body = operation.request.body
      if (!hasEncrypted(body)) return []
      const prefix = several ? `${operation.method.toLowerCase()}.request` : 'request'
      return flattenRows(body!, prefix).filter((row) => row.schema.encrypted)
    })
    return rows.length > 0 ? [{ ...page, rows }] : []
  })
}

/** Loads a page with no stylesheet at all: CSS files are refused, any `<style>` left is removed. */
async function openWithoutCss(page: Page, url: string): Promise<void> {
  await page.route(/\.css(\?|$)/, (route) => route.abort())
  await page.goto(url)
  await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').forEach((node) => node.remove()))
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(0)
}

const rowText = (page: Page, row: ParamRow) => page.locator(`tr[id="${row.id}"]`).innerText()

const pages = encryptedPages()

test('some API page has an encrypted field, so the checks below run', () => {
  expect(pages.length).toBeGreaterThan(0)
})

for (const { url, spec, rows } of pages) {
  test(`${spec.title} (${url}) without CSS: required and encrypted fields say so in words`, async ({ page }) => {
    await openWithoutCss(page, url)
    for (const row of rows) {
      const text = await rowText(page, row)
      expect(text).toMatch(new RegExp(`${row.name}\\s+${row.required ? '必填\\s+' : ''}加密`))
      expect(text).toContain('微信支付公钥')
      expect(text).toContain('平台证书')
      expect(text).toContain('Wechatpay-Serial')
      // the nesting is written out too, since indentation is gone
      if (row.parents.length > 0) expect(text).toContain(`${row.parents.join(' › ')} › ${row.name}`)
    }
    // the header that carries the serial is a row of its own (required when the spec says so)
    for (const operation of spec.operations) {
      const headers = operation.request.headers
      if (!headers?.properties['Wechatpay-Serial']) continue
      const prefix = spec.operations.length > 1 ? `${operation.method.toLowerCase()}.` : ''
      const header = await page.locator(`tr[id="${prefix}request.headers.Wechatpay-Serial"]`).innerText()
      expect(header).toMatch(headers.required.includes('Wechatpay-Serial') ? /Wechatpay-Serial\s+必填/ : /Wechatpay-Serial/)
      expect(header).toMatch(/序列号|公钥 ID/)
    }
  })
}

test('in forced-colours mode the badges keep a visible frame and the linked row an outline', async ({ page }) => {
  const { url, rows } = pages[0]
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(`${url}#${rows[0].id}`)
  await expect(page.locator('html')).toHaveClass(/\bapi-anchors-ready\b/)
  const row = page.locator(`tr[id="${rows[0].id}"]`)
  const badge = row.locator('.api-badge-encrypted')
  await expect(badge).toHaveText('加密')
  expect(await badge.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid')
  expect(await row.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
})
