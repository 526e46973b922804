import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { apiPages, guidePages, webhookPages } from './support'

/**
 * The pages axe checks: the home page, the JSAPI page, a guide, and every webhook (callback) page
 * from the site's own list, so a new webhook page is checked without a new test.
 */
function checkedPages(): Array<{ name: string; url: string }> {
  const jsapi = apiPages().find((page) => page.spec.path === '/v3/pay/transactions/jsapi')!
  const guide = guidePages().find((page) => page.name === 'getting-started') ?? guidePages()[0]
  return [
    { name: '首页', url: '/' },
    { name: jsapi.spec.title, url: jsapi.url },
    { name: guide.title, url: guide.url },
    ...webhookPages().map(({ spec, url }) => ({ name: spec.title, url })),
  ]
}

/** The serious and critical violations axe finds, each with the elements it blames, for a readable failure. */
async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page })
  if (include) builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }))
}

async function open(page: Page, url: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('vitepress-theme-appearance', value), scheme)
  await page.goto(url)
  await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
  await expect(page.locator('html')).toHaveClass(/\bapi-anchors-ready\b/)
}

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, url } of checkedPages()) {
    test(`${name} (${url}), ${scheme}: no serious or critical axe violation`, async ({ page }) => {
      // axe walks every node of a long API page; on a busy two-core machine that takes a while
      test.setTimeout(120_000)
      await open(page, url, scheme)
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test(`the open search dialog, ${scheme}: no serious or critical axe violation`, async ({ page }) => {
    test.setTimeout(180_000)
    await open(page, '/', scheme)
    await page.locator('#local-search button').click()
    const dialog = page.getByRole('dialog', { name: '搜索文档' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toHaveAttribute('aria-modal', 'true')
    await dialog.getByRole('searchbox').fill('下单')
    await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 60_000 })
    expect(await seriousViolations(page, '.VPLocalSearchBox')).toEqual([])
    // Vue re-renders the box as results change; the repair must survive that
    await dialog.getByRole('searchbox').fill('退款')
    await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 60_000 })
    await expect(dialog).not.toHaveAttribute('aria-owns', /./)
    expect(await seriousViolations(page, '.VPLocalSearchBox')).toEqual([])
    // arrow keys still move the selection, and the input points at the selected option
    const input = dialog.getByRole('searchbox')
    await input.press('ArrowDown')
    const active = await input.getAttribute('aria-activedescendant')
    expect(active).toBeTruthy()
    await expect(dialog.locator(`[id="${active}"]`)).toHaveAttribute('role', 'option')
    await expect(dialog.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true')
    await expect(dialog.getByRole('option', { selected: true })).toHaveCount(1)
  })
}

test('code tabs: keyboard focus shows a ring on the label, and arrow keys switch the code shown', async ({ page }) => {
  await page.goto('/openapi/v3/pay/transactions/jsapi.html')
  await expect(page.locator('html')).toHaveClass(/\bapi-anchors-ready\b/)
  const group = page.locator('.vp-code-group').first()
  const inputs = group.locator('.tabs input')
  const labels = group.locator('.tabs label')
  // the tab inputs are named by their labels
  await expect(group.getByRole('radio', { name: await labels.nth(1).innerText() })).toHaveCount(1)
  const first = await group.locator('.blocks > div.active').innerText()
  await inputs.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(inputs.nth(1)).toBeFocused()
  await expect(inputs.nth(1)).toBeChecked()
  expect(await labels.nth(1).evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid')
  await expect(group.locator('.blocks > div.active')).toHaveCount(1)
  await expect(group.locator('.blocks > div.active')).not.toHaveText(first)
  const second = await group.locator('.blocks > div.active').innerText()
  await page.keyboard.press('ArrowRight')
  await expect(inputs.nth(2)).toBeChecked()
  await expect(group.locator('.blocks > div.active')).not.toHaveText(second)
})
