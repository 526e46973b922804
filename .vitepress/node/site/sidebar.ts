import type { DefaultTheme } from 'vitepress'
import type { ApiPageSpec } from '../spec/types'

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
}

/** The link of a docs-relative markdown file: `openapi/v3/x.md` → `/openapi/v3/x`. */
export function pageLink(file: string): string {
  return '/' + file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
}

/** The product line a path belongs to: its first segment after `/v3/`. */
export function productOf(path: string): string {
  return path.split('/').filter(Boolean)[1] ?? 'v3'
}

/**
 * Builds the API sidebar from the pages themselves, grouped by product line and sorted by path,
 * with each page's title as written in its frontmatter.
 */
export function apiSidebar(specs: readonly ApiPageSpec[]): DefaultTheme.SidebarItem[] {
  const groups = new Map<string, ApiPageSpec[]>()
  for (const spec of [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const name = PRODUCT_NAMES[productOf(spec.path)] ?? productOf(spec.path)
    groups.set(name, [...(groups.get(name) ?? []), spec])
  }
  return [...groups.entries()].map(([text, members]) => ({
    text,
    collapsed: false,
    items: members.map((spec) => ({ text: spec.title, link: pageLink(spec.file) })),
  }))
}
