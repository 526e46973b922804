import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { accessibleCodeColour } from '../../.vitepress/node/highlight/code-contrast'
import { screenshotDir } from './support'

const url = '/openapi/v3/industry-coupon/tokens.html'

/** The computed colours of a TypeScript snippet's plain text, `const` keyword and a string. */
async function snippetColours(page: Page) {
  const pre = page.locator('.vp-code-group div.active pre').first()
  await expect(pre).toBeVisible()
  return pre.evaluate((element) => {
    const colourOf = (test: (span: HTMLElement) => boolean) => {
      const span = [...element.querySelectorAll<HTMLElement>('code span')].find(test)
      return span ? getComputedStyle(span).color : 'missing'
    }
    return {
      plain: getComputedStyle(element.querySelector('code')!).color,
      keyword: colourOf((span) => span.children.length === 0 && span.textContent!.trim() === 'const'),
      string: colourOf((span) => span.children.length === 0 && span.textContent!.trim().startsWith("'")),
      inlineStyles: element.querySelectorAll('span[style]').length,
    }
  })
}

/** `#D73A49` → `rgb(215, 58, 73)`, as getComputedStyle reports it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
/** A github-light / github-dark colour as the site shows it: raised to WCAG AA where it fell short. */
const shown = (light: string, dark: string) => ({ light: rgb(accessibleCodeColour(light, 'light')), dark: rgb(accessibleCodeColour(dark, 'dark')) })
const plain = shown('#24292E', '#E1E4E8')
const keyword = shown('#D73A49', '#F97583')
const string = shown('#032F62', '#9ECBFF')

for (const [scheme, expected] of [
  ['light', { plain: plain.light, keyword: keyword.light, string: string.light }],
  ['dark', { plain: plain.dark, keyword: keyword.dark, string: string.dark }],
] as const) {
  test(`code keeps its ${scheme} theme colours without inline styles`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(url)
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    expect(await snippetColours(page)).toEqual({ ...expected, inlineStyles: 0 })
    await page.locator('.vp-code-group').first().screenshot({ path: join(screenshotDir, `code-colours-${scheme}.png`) })
  })
}

test('each TypeScript tab shows the same popup for the same name', async ({ page }) => {
  await page.goto(url)
  const group = page.locator('.vp-code-group').first()
  const popup = page.locator('#tw-popup')
  const texts: string[] = []
  for (const label of ['TypeScript 纯链式', 'TypeScript 声明式', 'TypeScript 属性式']) {
    await group.locator('.tabs label', { hasText: label }).click()
    await group.locator('div.active pre .tw-hover', { hasText: /^post$/ }).hover()
    await expect(popup).toBeVisible()
    texts.push(await popup.innerText())
    await page.mouse.move(0, 0)
    await expect(popup).toBeHidden()
  }
  expect(texts[0]).toContain('出行券切卡组件预下单')
  expect(texts[1]).toBe(texts[0])
  expect(texts[2]).toBe(texts[0])
})

test('after moving to another page without a reload, popups read that page’s hover texts', async ({ page }) => {
  await page.goto('/openapi/')
  await page.evaluate(() => ((window as unknown as { __loadedOnce: boolean }).__loadedOnce = true))
  await page.locator('.vp-doc a[href="/openapi/v3/pay/transactions/jsapi"]').first().click()
  await expect(page.locator('h1')).toHaveText('JSAPI下单')
  expect(await page.evaluate(() => (window as unknown as { __loadedOnce?: boolean }).__loadedOnce)).toBe(true)
  await page.locator('.vp-code-group div.active pre .tw-hover', { hasText: /^post$/ }).hover()
  const popup = page.locator('#tw-popup')
  await expect(popup).toBeVisible()
  await expect(popup).toContainText('V3.Pay.Transactions.Jsapi.PostRequest')
  await expect(popup).toContainText('JSAPI下单')
})
