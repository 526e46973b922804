import { renderApiPage } from '../../.vitepress/node/render/api-page'
import { apiPages } from './support'

/** A parameter-table row as the renderer writes it: its anchor and its nesting depth. */
export interface RowAnchor {
  id: string
  depth: number
}

/** The anchors of every table row of an API page, in page order, from the same renderer the site uses. */
export function rowAnchors(spec: ReturnType<typeof apiPages>[number]['spec']): RowAnchor[] {
  const html = renderApiPage(spec)
  return [...html.matchAll(/<tr id="([^"]+)" class="api-row api-depth-(\d+)">/g)].map((match) => ({
    id: match[1].replace(/&amp;/g, '&'),
    depth: Number(match[2]),
  }))
}

/**
 * A few API pages for the deep-link tests, chosen from the site's own list so new pages join in:
 * the first page of each product line that has a nested field, plus every page with several
 * operations (whose anchors carry the method).
 */
export function deepLinkPages() {
  const lines = new Set<string>()
  return apiPages().flatMap((page) => {
    const rows = rowAnchors(page.spec)
    const deepest = rows.reduce<RowAnchor | undefined>((best, row) => (!best || row.depth > best.depth ? row : best), undefined)
    if (!deepest || deepest.depth < 2) return []
    const line = page.spec.path.split('/')[2]
    const several = page.spec.operations.length > 1
    if (lines.has(line) && !several) return []
    lines.add(line)
    return [{ ...page, rows, deepest }]
  })
}
