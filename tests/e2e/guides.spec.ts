import { join } from 'node:path'
import { expect, test, type Locator } from '@playwright/test'
import { collectErrors, guidePages, screenshotDir } from './support'

/** Text each diagram must show in both its wide and narrow drawing, keyed by the component a guide uses. */
const DIAGRAMS: Record<string, { title: string; texts: string[] }> = {
  PaymentFlow: {
    title: 'JSAPI 支付流程',
    texts: ['微信支付', '① 提交订单', '② JSAPI 下单', '③ 返回 prepay_id', 'paySign', '⑦ 支付结果回调通知', '⑧ 应答 200 / 204', '⑩ 查询订单状态'],
  },
  NotifyFlow: {
    title: '回调通知流程',
    texts: ['微信支付', '② 验签 Wechatpay-Signature', '③ 用 APIv3 密钥解密 resource', '④ 幂等处理订单', '⑤ 成功：HTTP 200 或 204', '失败或超时', '4xx / 5xx', '最长约 24 小时'],
  },
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
] as const

/** WCAG relative luminance of a CSS `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio between a diagram's label colour and its background. */
async function labelContrast(figure: Locator): Promise<number> {
  const [fill, background] = await figure.evaluate((element) => [
    getComputedStyle(element.querySelector('.fd-label, .fd-actor text')!).fill,
    getComputedStyle(element.querySelector('.flow-scroll')!).backgroundColor,
  ])
  const [a, b] = [luminance(fill), luminance(background)].sort((x, y) => y - x)
  return (a + 0.05) / (b + 0.05)
}

for (const guide of guidePages()) {
  const diagrams = Object.keys(DIAGRAMS).filter((component) => guide.source.includes(`<${component} />`))

  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${guide.title} (${guide.url}), ${viewport.name}, ${scheme}`, async ({ page }) => {
        const errors = collectErrors(page)
        await page.setViewportSize({ width: viewport.width, height: viewport.height })
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(guide.url)
        await expect(page.locator('h1')).toHaveText(guide.title)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)

        const figures = page.locator('figure.flow-figure')
        await expect(figures).toHaveCount(diagrams.length)
        for (const [i, component] of diagrams.entries()) {
          const figure = figures.nth(i)
          // phones get the narrow drawing, wider screens the wide one; the other is not shown at all
          const drawing = viewport.name === 'phone' ? 'flow-narrow' : 'flow-wide'
          await expect(figure.locator('svg[role="img"]:visible')).toHaveCount(1)
          const svg = figure.locator(`svg.${drawing}`)
          await expect(svg).toBeVisible()
          const svgBox = await svg.boundingBox()
          expect(svgBox && svgBox.x >= 0 && svgBox.x + svgBox.width <= viewport.width, `${component} fits the ${viewport.name} screen`).toBeTruthy()
          await expect(svg.locator('title')).toContainText(DIAGRAMS[component].title)
          await expect(figure.locator('figcaption')).not.toBeEmpty()
          for (const text of DIAGRAMS[component].texts) {
            const label = svg.locator('text', { hasText: text }).first()
            await expect(label, `${component} shows "${text}"`).toBeVisible()
            const box = await label.boundingBox()
            expect(box && box.width > 10 && box.height > 6, `"${text}" is drawn at a readable size`).toBeTruthy()
          }
          expect(await labelContrast(figure), `${component} labels contrast in ${scheme} mode`).toBeGreaterThan(4.5)
        }

        await page.screenshot({ path: join(screenshotDir, `guide-${guide.name}-${viewport.name}-${scheme}.png`), fullPage: true })
        expect(errors).toEqual([])
      })
    }
  }
}

test('the guide sidebar lists every guide, in order', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/guide/getting-started.html')
  const links = page.locator('.VPSidebar a.VPLink')
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\.html$/, '')))
  expect(hrefs[0]).toBe('/guide/getting-started')
  expect([...hrefs].sort()).toEqual(guidePages().map((guide) => guide.url.replace(/\.html$/, '')).sort())
})
