import { renderApiPage } from '../../.vitepress/node/render/api-page'
import { renderWebhookPage } from '../../.vitepress/node/render/webhook-page'
import { apiPages, webhookPages } from './support'

/** A parameter-table row as the renderer writes it: its anchor and its nesting depth. */
export interface RowAnchor {
  id: string
  depth: number
}

/** The anchors of every table row in a rendered page, in page order. */
export function rowAnchors(html: string): RowAnchor[] {
  return [...html.matchAll(/<tr id="([^"]+)" class="api-row api-depth-(\d+)">/g)].map((match) => ({
    id: match[1].replace(/&amp;/g, '&'),
    depth: Number(match[2]),
  }))
}

function withDeepest<T extends { url: string }>(page: T, html: string) {
  const rows = rowAnchors(html)
  const deepest = rows.reduce<RowAnchor | undefined>((best, row) => (!best || row.depth > best.depth ? row : best), undefined)
  return deepest && deepest.depth >= 1 ? [{ ...page, title: '', rows, deepest }] : []
}

/**
 * Pages for the deep-link tests, chosen from the site's own lists so new pages join in: the first
 * API page of each product line with a nested field, every API page with several operations (their
 * anchors carry the method), and every webhook page. Rows come from the same renderers the site uses.
 */
export function deepLinkPages() {
  const lines = new Set<string>()
  const api = apiPages().flatMap((page) => {
    const line = page.spec.path.split('/')[2]
    const several = page.spec.operations.length > 1
    if (lines.has(line) && !several) return []
    const found = withDeepest(page, renderApiPage(page.spec)).filter((p) => p.deepest.depth >= 2)
    if (found.length > 0) lines.add(line)
    return found.map((p) => ({ ...p, title: page.spec.title }))
  })
  const webhooks = webhookPages().flatMap((page) =>
    withDeepest(page, renderWebhookPage(page.spec)).map((p) => ({ ...p, title: page.spec.title })),
  )
  return [...api, ...webhooks]
}
