import type { DefaultTheme } from 'vitepress'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { escapeHtml } from '../render/escape'

/** Product lines by the path segment after `/v3/`, named as a merchant knows them. */
const PRODUCT_NAMES: Record<string, string> = {
  'industry-coupon': '出行券',
  pay: '基础支付',
  refund: '退款',
  'combine-transactions': '合单支付',
  bill: '账单',
  billdownload: '账单',
  certificates: '平台证书',
  merchant: '商户媒体文件',
  profitsharing: '分账',
  'fund-app': '商家转账',
  marketing: '营销',
  payscore: '微信支付分',
  ecommerce: '电商收付通',
  webhooks: '回调通知',
}

/** The link of the page that lists every API. */
export const API_INDEX_LINK = '/openapi/'

/** The link of a docs-relative markdown file: `openapi/v3/x.md` → `/openapi/v3/x`. */
export function pageLink(file: string): string {
  return '/' + file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
}

/** The product line of a page: its first path segment after `/v3/` (webhooks by their folder). */
export function productOf(spec: Pick<ApiPageSpec, 'path' | 'file'>): string {
  if (spec.file.startsWith('webhooks/')) return 'webhooks'
  return spec.path.split('/').filter(Boolean)[1] ?? 'v3'
}

/** A product line's name as shown to readers. */
export function productName(product: string): string {
  return PRODUCT_NAMES[product] ?? product
}

type ProductGroup = { product: string; name: string; specs: ApiPageSpec[] }

let lastGroups: { specs: readonly ApiPageSpec[]; groups: ProductGroup[] } | undefined

/**
 * API pages grouped by product line (groups in the order of their first path), pages sorted by path.
 * Every API page asks for the groups of the same specs, so the last answer is kept while the specs
 * are the same objects in the same order (an edited spec is a new object).
 */
export function productGroups(specs: readonly ApiPageSpec[]): ProductGroup[] {
  const last = lastGroups
  if (last && last.specs.length === specs.length && last.specs.every((spec, i) => spec === specs[i])) return [...last.groups]
  const groups = groupByProduct(specs)
  lastGroups = { specs: [...specs], groups }
  return [...groups]
}

function groupByProduct(specs: readonly ApiPageSpec[]): ProductGroup[] {
  const groups = new Map<string, ApiPageSpec[]>()
  for (const spec of [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.file < b.file ? -1 : 1))) {
    const name = productName(productOf(spec))
    const members = groups.get(name)
    if (members) members.push(spec)
    else groups.set(name, [spec])
  }
  return [...groups.entries()].map(([name, members]) => ({ product: productOf(members[0]), name, specs: members }))
}

/** A product line longer than this shows only the reader's part of it in the sidebar. */
export const SIDEBAR_GROUP_LIMIT = 60

/** The path segment after the product line's: `/v3/marketing/favor/stocks` → `favor`. */
function partOf(spec: Pick<ApiPageSpec, 'path'>): string {
  return spec.path.split('/').filter(Boolean)[2] ?? ''
}

/**
 * The sidebar group of a page: its product line, or for a line of more than
 * {@link SIDEBAR_GROUP_LIMIT} pages the pages that share its next path segment too, so the sidebar
 * every page carries stays short however large the catalogue grows.
 */
function sidebarGroup(specs: readonly ApiPageSpec[], name: string, part: string | undefined): { text: string; specs: ApiPageSpec[] } {
  const members = productGroups(specs).find((g) => g.name === name)?.specs ?? []
  if (members.length <= SIDEBAR_GROUP_LIMIT || part === undefined) return { text: name, specs: members }
  return { text: `${name} · ${part}`, specs: partsOf(members).get(part) ?? [] }
}

const partsByGroup = new WeakMap<readonly ApiPageSpec[], Map<string, ApiPageSpec[]>>()

/** A long product line's pages by their {@link partOf}, worked out once per group. */
function partsOf(members: readonly ApiPageSpec[]): Map<string, ApiPageSpec[]> {
  let parts = partsByGroup.get(members)
  if (!parts) {
    parts = new Map()
    for (const member of members) {
      const part = partOf(member)
      const same = parts.get(part)
      if (same) same.push(member)
      else parts.set(part, [member])
    }
    partsByGroup.set(members, parts)
  }
  return parts
}

/**
 * The sidebar an API page shows: the pages of its own product line (or part of it, see
 * {@link sidebarGroup}), and a link to the index of all APIs. Each page carries only this, so a
 * page's size does not grow with the whole catalogue.
 * Titles are HTML-escaped: the default theme shows sidebar (and previous/next) text with `v-html`.
 */
export function productSidebar(specs: readonly ApiPageSpec[], spec: ApiPageSpec, webhooks: readonly WebhookPageSpec[] = []): DefaultTheme.SidebarItem[] {
  const name = productName(productOf(spec))
  const group = sidebarGroup(specs, name, partOf(spec))
  return [
    { text: '全部接口', link: API_INDEX_LINK },
    {
      text: group.text,
      items: [
        ...(group.specs.length > 0 ? group.specs : [spec]).map((member) => ({ text: escapeHtml(member.title), link: pageLink(member.file) })),
        ...webhookItems(webhooks.filter((webhook) => productName(webhook.product) === name)),
      ],
    },
  ]
}

function webhookItems(webhooks: readonly WebhookPageSpec[]): DefaultTheme.SidebarItem[] {
  return [...webhooks].sort((a, b) => (a.file < b.file ? -1 : 1)).map((webhook) => ({ text: escapeHtml(webhook.title), link: pageLink(webhook.file) }))
}

/** The sidebar of a webhook page: the API pages of its product line, then that line's webhooks. */
export function webhookSidebar(specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[], webhook: WebhookPageSpec): DefaultTheme.SidebarItem[] {
  const name = productName(webhook.product)
  const group = sidebarGroup(specs, name, undefined)
  return [
    { text: '全部接口', link: API_INDEX_LINK },
    {
      text: name,
      items: [
        ...group.specs.slice(0, SIDEBAR_GROUP_LIMIT).map((member) => ({ text: escapeHtml(member.title), link: pageLink(member.file) })),
        ...webhookItems(webhooks.filter((other) => productName(other.product) === name)),
      ],
    },
  ]
}
