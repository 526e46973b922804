import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { collectErrors, screenshotDir } from './support'

const PAGES = [
  { name: 'home', url: '/' },
  { name: 'jsapi', url: '/openapi/v3/pay/transactions/jsapi.html' },
] as const
const WIDTHS = [375, 1280] as const
const SCHEMES = ['light', 'dark'] as const

/** Opens a page with the reader's stored appearance, as VitePress reads it before the first paint. */
async function openIn(page: Page, url: string, scheme: (typeof SCHEMES)[number]): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('vitepress-theme-appearance', value), scheme)
  await page.goto(url)
  await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
}

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth)

for (const { name, url } of PAGES) {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      test(`${name} at ${width}px, ${scheme}: no horizontal overflow (screenshot ${name}-${width}-${scheme}.png)`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, hasTouch: width < 640, isMobile: width < 640 })
        const page = await context.newPage()
        const errors = collectErrors(page)
        await openIn(page, url, scheme)
        await page.evaluate(() => document.fonts.ready)
        expect(await pageWidth(page)).toBeLessThanOrEqual(width)
        await page.screenshot({ path: join(screenshotDir, `${name}-${width}-${scheme}.png`), fullPage: true })
        expect(errors).toEqual([])
        await context.close()
      })
    }
  }
}

test.describe('the JSAPI page on a 375px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })

  test('type cells stay on one line, and the code tabs scroll inside their bar', async ({ page }) => {
    await page.goto('/openapi/v3/pay/transactions/jsapi.html')
    // an inline <code> that wraps has one client rect per line
    const wrapped = await page.locator('.api-params td.api-type > code').evaluateAll((codes) =>
      codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent),
    )
    expect(wrapped).toEqual([])
    const narrowest = await page.locator('.api-params td.api-type').evaluateAll((cells) =>
      Math.min(...cells.map((cell) => cell.querySelector('code')!.getBoundingClientRect().width)),
    )
    expect(narrowest).toBeGreaterThan(30)

    const tabs = page.locator('.vp-code-group .tabs').first()
    const [scrollWidth, clientWidth] = await tabs.evaluate((bar) => [bar.scrollWidth, bar.clientWidth])
    expect(scrollWidth).toBeGreaterThan(clientWidth)
    expect(clientWidth).toBeLessThanOrEqual(375)
    await tabs.locator('label').last().scrollIntoViewIfNeeded()
    await tabs.locator('label').last().tap()
    await expect(page.locator('.vp-code-group .blocks > div.active')).toContainText('$instance')
    expect(await pageWidth(page)).toBeLessThanOrEqual(375)
  })

  for (const scheme of SCHEMES) {
    test(`tapping a type opens its popup inside the screen (${scheme})`, async ({ page }) => {
      await openIn(page, '/openapi/v3/pay/transactions/jsapi.html', scheme)
      const block = page.locator('.vp-code-group .blocks > div.active').first()
      // the last token of the longest line is the one most likely to push a popup off screen
      const token = block.locator('.tw-hover').last()
      await token.scrollIntoViewIfNeeded()
      await token.tap()
      const popup = page.locator('#tw-popup')
      await expect(popup).toBeVisible()
      await expect(popup).toContainText(/\S/)
      const box = (await popup.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(375)
      expect(box.y + box.height).toBeLessThanOrEqual(740)
      expect(await pageWidth(page)).toBeLessThanOrEqual(375)
      await page.screenshot({ path: join(screenshotDir, `jsapi-375-${scheme}-popup.png`) })
      await token.tap()
      await expect(popup).toBeHidden()
    })
  }
})
