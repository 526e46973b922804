import { expect, test, type Locator, type Page } from '@playwright/test'
import { deepLinkPages } from './anchors'
import { join } from 'node:path'
import { collectErrors, screenshotDir } from './support'

const rowById = (page: Page, id: string) => page.locator(`tr[id="${id}"]`)

/** The row is on screen and not under the fixed nav bar: the element at its centre is inside it. */
async function expectUncovered(row: Locator): Promise<void> {
  await expect(row).toBeInViewport()
  await expect
    .poll(() =>
      row.evaluate((element) => {
        const cell = element.querySelector('td')!.getBoundingClientRect()
        const hit = document.elementFromPoint(cell.left + cell.width / 2, cell.top + Math.min(cell.height / 2, 10))
        return !!hit && element.contains(hit)
      }),
    )
    .toBe(true)
}

const background = (row: Locator) => row.evaluate((element) => getComputedStyle(element).backgroundColor)
const anchorOpacity = (row: Locator) => row.locator('a.api-anchor').evaluate((element) => getComputedStyle(element).opacity)

for (const { url, title, rows, deepest } of deepLinkPages()) {
  test(`${title} (${url}): #${deepest.id} scrolls to the row, highlights it and links to itself`, async ({ page }) => {
    const errors = collectErrors(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${url}#${deepest.id}`)
    await expect(page.locator('html')).toHaveClass(/\bapi-anchors-ready\b/)

    const row = rowById(page, deepest.id)
    await expect(row).toHaveClass(/\bapi-row-target\b/)
    await expectUncovered(row)
    const otherId = rows.find((r) => r.id !== deepest.id && r.depth === 0)!.id
    const other = rowById(page, otherId)
    expect(await background(row)).not.toBe(await background(other))
    expect(await background(row)).not.toBe('rgba(0, 0, 0, 0)')

    // every id on the page is unique, and every table row has the anchor the renderer gave it
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    expect(await page.locator('tr.api-row').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(rows.map((r) => r.id))

    // the link of a row: hidden at rest, shown on hover and on keyboard focus, pointing to its own row
    const link = page.getByRole('link', { name: `链接到 ${deepest.id}`, exact: true })
    await expect(link).toHaveAttribute('href', `#${deepest.id}`)
    await page.mouse.move(0, 0)
    await expect.poll(() => anchorOpacity(other)).toBe('0')
    if (url === deepLinkPages()[0].url) await page.screenshot({ path: join(screenshotDir, 'deep-link-1280.png') })
    await other.hover()
    await expect.poll(() => anchorOpacity(other)).toBe('1')
    await page.mouse.move(0, 0)
    await other.locator('a.api-anchor').focus()
    await expect.poll(() => anchorOpacity(other)).toBe('1')
    await expect(other.locator('a.api-anchor')).toBeFocused()

    // following another row's link moves the highlight (pushState would leave :target behind)
    await other.locator('a.api-anchor').press('Enter')
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${otherId}`)
    await expect(other).toHaveClass(/\bapi-row-target\b/)
    await expect(row).not.toHaveClass(/\bapi-row-target\b/)
    await expectUncovered(other)
    expect(errors).toEqual([])
  })
}

test.describe('before the app hydrates (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false })

  for (const { url, deepest } of deepLinkPages().slice(0, 3)) {
    test(`${url}#${deepest.id}: the browser scrolls below the nav bar and :target highlights the row`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.goto(`${url}#${deepest.id}`)
      const row = rowById(page, deepest.id)
      await expectUncovered(row)
      expect(await row.evaluate((element) => element.matches(':target'))).toBe(true)
      expect(await background(row)).not.toBe('rgba(0, 0, 0, 0)')
    })
  }
})

test('on a phone a deep link lands on the row, and tapping a row shows its link', async ({ browser }) => {
  const { url, deepest, rows } = deepLinkPages()[0]
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(`${url}#${deepest.id}`)
  await expect(page.locator('html')).toHaveClass(/\bapi-anchors-ready\b/)
  const row = rowById(page, deepest.id)
  await expect(row).toHaveClass(/\bapi-row-target\b/)
  await expectUncovered(row)
  await page.screenshot({ path: join(screenshotDir, 'deep-link-375.png') })
  const link = row.locator('a.api-anchor')
  const box = (await link.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(375)
  const other = rowById(page, rows.find((r) => r.id !== deepest.id)!.id)
  await other.locator('td.api-type').tap()
  await expect.poll(() => anchorOpacity(other)).toBe('1')
  await context.close()
})
