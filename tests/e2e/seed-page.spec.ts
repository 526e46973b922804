import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { collectErrors, screenshotDir } from './support'

const url = '/openapi/v3/industry-coupon/tokens.html'

test.describe('出行券切卡组件预下单', () => {
  test('shows title, description, method and path', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(url)
    await expect(page.locator('h1')).toHaveText('出行券切卡组件预下单')
    await expect(page.locator('.api-description')).toContainText('通过返回的token拉起小程序')
    await expect(page.locator('.api-endpoint')).toHaveText(/POST\s*\/v3\/industry-coupon\/tokens/)
    await expect(page.locator('.api-docs-links a')).toHaveCount(2)
    await expect(page.locator('.api-docs-links a').first()).toHaveAttribute('href', 'https://pay.weixin.qq.com/doc/v3/merchant/4012553563')
    expect(errors).toEqual([])
  })

  test('request table lists nested fields under their parents with required marked in text', async ({ page }) => {
    await page.goto(url)
    const table = page.locator('.api-params').first()
    await expect(table.locator('th')).toHaveText(['请求参数', '类型', '描述'])
    const row = (id: string) => table.locator(`tr[id="${id}"]`)
    await expect(row('request.open_id').locator('.api-type')).toHaveText('string')
    await expect(row('request.coupon_list').locator('.api-type')).toHaveText('object[]')
    await expect(row('request.coupon_list.stock_id').locator('.api-type')).toHaveText('integer')
    await expect(row('request.coupon_list.stock_id').locator('.api-name')).toHaveText(/json › coupon_list › stock_id\s*必填/)
    await expect(row('request.coupon_list.coupon_id').locator('.api-desc')).toContainText('11004999626')
    const indent = async (id: string) => row(id).locator('.api-name code').evaluate((el) => el.getBoundingClientRect().left)
    expect(await indent('request.coupon_list.stock_id')).toBeGreaterThan(await indent('request.coupon_list'))
    expect(await indent('request.coupon_list')).toBeGreaterThan(await indent('request.json'))
  })

  test('response table lists token and expires_time', async ({ page }) => {
    await page.goto(url)
    const table = page.locator('.api-params').nth(1)
    await expect(table.locator('th').first()).toHaveText('返回字典')
    await expect(table.locator('tbody tr .api-name code')).toHaveText(['token', 'expires_time'])
  })

  test('every code tab can be chosen and shows its call', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(url)
    const group = page.locator('.vp-code-group').first()
    const expected: Array<[string, string]> = [
      ['TypeScript 纯链式', 'wxpay.v3.industryCoupon.tokens.post({'],
      ['TypeScript 声明式', "wxpay.chain('v3/industry-coupon/tokens').post({"],
      ['TypeScript 属性式', "wxpay['v3/industry-coupon/tokens'].post({"],
      ['PHP 异步纯链式', '$instance->v3->industryCoupon->tokens->postAsync(['],
      ['PHP 异步声明式', "$instance->chain('v3/industry-coupon/tokens')->postAsync(["],
      ['PHP 异步属性式', "$instance['v3/industry-coupon/tokens']->postAsync(["],
      ['PHP 同步纯链式', '$response = $instance->v3->industryCoupon->tokens->post(['],
      ['PHP 同步声明式', "$response = $instance->chain('v3/industry-coupon/tokens')->post(["],
      ['PHP 同步属性式', "$response = $instance['v3/industry-coupon/tokens']->post(["],
    ]
    await expect(group.locator('.tabs label')).toHaveText(expected.map(([label]) => label))
    for (const [label, call] of expected) {
      await group.locator('.tabs label', { hasText: label }).click()
      const active = group.locator('div[class*="language-"].active')
      await expect(active).toBeVisible()
      await expect(active.locator('pre')).toContainText(call)
      await expect(active.locator('pre')).toContainText(label.startsWith('PHP') ? "'coupon_id' => '11004999626'" : "coupon_id: '11004999626'")
    }
    expect(errors).toEqual([])
  })

  test('hovering post shows its type and description', async ({ page }) => {
    await page.goto(url)
    const code = page.locator('.vp-code-group div.active pre')
    await code.locator('.tw-hover', { hasText: /^post$/ }).hover()
    const popup = page.locator('#tw-popup')
    await expect(popup).toBeVisible()
    await expect(popup).toContainText('post(data: V3.IndustryCoupon.Tokens.PostRequest')
    await expect(popup).toContainText('Promise<AxiosResponse<V3.IndustryCoupon.Tokens.PostResponse')
    await expect(popup).toContainText('出行券切卡组件预下单')
  })

  test('hovering token and expires_time shows their descriptions', async ({ page }) => {
    await page.goto(url)
    const code = page.locator('.vp-code-group div.active pre')
    for (const [name, text] of [['token', '切卡组件token值'], ['expires_time', 'token过期时间']]) {
      await code.locator('.tw-hover', { hasText: new RegExp(`^${name}$`) }).hover()
      const popup = page.locator('#tw-popup')
      await expect(popup).toBeVisible()
      await expect(popup).toContainText(`${name}: string`)
      await expect(popup).toContainText(text)
      await page.mouse.move(0, 0)
      await expect(popup).toBeHidden()
    }
  })

  test('the copy button copies exactly the code shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(url)
    const group = page.locator('.vp-code-group').first()
    for (const label of ['TypeScript 纯链式', 'PHP 同步声明式']) {
      await group.locator('.tabs label', { hasText: label }).click()
      const active = group.locator('div[class*="language-"].active')
      await active.hover()
      await active.locator('button.copy').click()
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(copied.trim()).toBe((await active.locator('pre').innerText()).trim())
      expect(copied).not.toContain('---cut---')
      expect(copied).not.toContain('declare const')
    }
    const php = await page.evaluate(() => navigator.clipboard.readText())
    expect(php).toContain("$response = $instance->chain('v3/industry-coupon/tokens')->post([")
  })

  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 375, 812]] as const) {
    test(`screenshot at ${name} width`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto(url)
      await expect(page.locator('.api-params').first()).toBeVisible()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(screenshotDir, `tokens-${name}.png`), fullPage: true })
    })
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true })

  test('tapping a token opens its type popup inside the screen, tapping elsewhere closes it', async ({ page }) => {
    await page.goto(url)
    const token = page.locator('.vp-code-group div.active pre .tw-hover', { hasText: /^post$/ })
    await token.scrollIntoViewIfNeeded()
    await token.tap()
    const popup = page.locator('#tw-popup')
    await expect(popup).toBeVisible()
    await expect(popup).toContainText('PostRequest')
    const box = (await popup.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(375)
    await page.screenshot({ path: join(screenshotDir, 'tokens-phone-popup.png') })
    await page.locator('h1').tap()
    await expect(popup).toBeHidden()
  })
})
