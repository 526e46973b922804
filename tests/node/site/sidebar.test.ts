import { describe, expect, it } from 'vitest'
import { pageLink, productGroups, productSidebar, SIDEBAR_GROUP_LIMIT, webhookSidebar } from '../../../.vitepress/node/site/sidebar'
import { renderApiIndex } from '../../../.vitepress/node/render/api-index'
import type { ApiPageSpec, WebhookPageSpec } from '../../../.vitepress/node/spec/types'

const spec = (file: string, path: string, title: string): ApiPageSpec => ({ file, path, title, description: '', docs: [], operations: [] })
const specs = [
  spec('openapi/v3/pay/transactions/native.md', '/v3/pay/transactions/native', 'Native下单'),
  spec('openapi/v3/refund/domestic/refunds.md', '/v3/refund/domestic/refunds', '退款申请'),
  spec('openapi/v3/pay/transactions/app.md', '/v3/pay/transactions/app', 'APP下单'),
  spec('openapi/v3/ecommerce/applyments/index.md', '/v3/ecommerce/applyments/', '二级商户进件'),
]

describe('sidebar', () => {
  it('links index pages to their folder', () => {
    expect(pageLink('openapi/v3/ecommerce/applyments/index.md')).toBe('/openapi/v3/ecommerce/applyments/')
    expect(pageLink('openapi/v3/pay/transactions/app.md')).toBe('/openapi/v3/pay/transactions/app')
  })

  it('groups pages by product line, sorted by path', () => {
    expect(productGroups(specs).map((g) => [g.name, g.specs.map((s) => s.title)])).toEqual([
      ['电商收付通', ['二级商户进件']],
      ['基础支付', ['APP下单', 'Native下单']],
      ['退款', ['退款申请']],
    ])
  })

  it('groups the specs it is given, not the ones it was given before', () => {
    expect(productGroups(specs).map((g) => g.name)).toEqual(['电商收付通', '基础支付', '退款'])
    const moved = [{ ...specs[0], path: '/v3/refund/domestic/native' }, ...specs.slice(1)]
    expect(productGroups(moved).map((g) => [g.name, g.specs.length])).toEqual([
      ['电商收付通', 1],
      ['基础支付', 1],
      ['退款', 2],
    ])
    const groups = productGroups(moved)
    groups.push({ product: 'x', name: 'x', specs: [] })
    expect(productGroups(moved)).toHaveLength(3)
  })

  it("gives a page only its own product line's pages", () => {
    const sidebar = productSidebar(specs, specs[0])
    expect(sidebar[0]).toEqual({ text: '全部接口', link: '/openapi/' })
    expect(sidebar[1].items?.map((i) => i.text)).toEqual(['APP下单', 'Native下单'])
  })

  it('narrows a product line longer than the limit to the pages sharing the next path segment', () => {
    const many = Array.from({ length: SIDEBAR_GROUP_LIMIT + 10 }, (_, n) => {
      const part = n % 2 === 0 ? 'favor' : 'busifavor'
      return spec(`openapi/v3/marketing/${part}/r${n}.md`, `/v3/marketing/${part}/r${n}`, `接口${n}`)
    })
    const sidebar = productSidebar(many, many[1])
    expect(sidebar[1].text).toBe('营销 · busifavor')
    expect(sidebar[1].items).toHaveLength((SIDEBAR_GROUP_LIMIT + 10) / 2)
    expect(sidebar[1].items?.every((item) => item.link?.startsWith('/openapi/v3/marketing/busifavor/'))).toBe(true)
    expect(productSidebar(many.slice(0, SIDEBAR_GROUP_LIMIT), many[1])[1].items).toHaveLength(SIDEBAR_GROUP_LIMIT)
  })

  it('escapes titles, which the default theme shows with v-html', () => {
    const hostile = spec('openapi/v3/pay/x.md', '/v3/pay/x', '<img src=x onerror=alert(1)>{{ 1 + 1 }} &amp;')
    const sidebar = productSidebar([...specs, hostile], hostile)
    expect(sidebar[1].items?.map((i) => i.text)).toContain('&lt;img src=x onerror=alert(1)&gt;&#123;&#123; 1 + 1 &#125;&#125; &amp;amp;')
  })

  const webhook = (file: string, product: string, title: string): WebhookPageSpec => ({
    file, product, title, description: '', originalType: 'x', events: [{ type: 'A.B', summary: 's', description: 'd' }], docs: [],
    resource: { type: 'object', description: '', required: [], properties: {}, enumDescriptions: {}, encrypted: false },
  })
  const webhooks = [webhook('openapi/webhooks/transaction-success.md', 'pay', '支付成功通知'), webhook('openapi/webhooks/refund.md', 'refund', '退款结果通知')]

  it('lists webhooks after the API pages of their product line, on API and webhook pages alike', () => {
    expect(productSidebar(specs, specs[0], webhooks)[1].items?.map((i) => i.text)).toEqual(['APP下单', 'Native下单', '支付成功通知'])
    const sidebar = webhookSidebar(specs, webhooks, webhooks[1])
    expect(sidebar[1]).toEqual({ text: '退款', items: [{ text: '退款申请', link: '/openapi/v3/refund/domestic/refunds' }, { text: '退款结果通知', link: '/openapi/webhooks/refund' }] })
  })

  it('puts webhooks in the API index under their product line', () => {
    const index = renderApiIndex(specs, webhooks)
    const pay = index.slice(index.indexOf('基础支付'), index.indexOf('退款'))
    expect(pay).toContain('<a href="/openapi/webhooks/transaction-success">支付成功通知</a>')
    expect(pay).not.toContain('退款结果通知')
  })
})
