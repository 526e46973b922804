import type { ApiPageSpec, OperationSpec } from '../../../.vitepress/node/spec/types'

/** One documented operation, found for a request. */
export interface Route {
  page: ApiPageSpec
  operation: OperationSpec
  /** Path parameters taken from the URL, decoded. */
  params: Record<string, string>
}

/** What a lookup found: the route, or why there is none. */
export type RouteMatch = { route: Route } | { problem: string }

interface Template {
  page: ApiPageSpec
  /** Literal segments as strings, parameters as `{ param }`. */
  segments: Array<string | { param: string }>
}

function compile(page: ApiPageSpec): Template {
  const segments = page.path.split('/').filter(Boolean).map((raw) => {
    const param = /^\{(.+)\}$/.exec(raw)?.[1]
    return param ? { param } : raw
  })
  return { page, segments }
}

function matchTemplate(template: Template, parts: string[]): Record<string, string> | undefined {
  if (template.segments.length !== parts.length) return undefined
  const params: Record<string, string> = {}
  for (const [i, segment] of template.segments.entries()) {
    if (typeof segment === 'string') {
      if (segment !== parts[i]) return undefined
    } else {
      params[segment.param] = parts[i]
    }
  }
  return params
}

function literalCount(template: Template): number {
  return template.segments.filter((s) => typeof s === 'string').length
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/**
 * Finds operations by method and URL path among the pages' path templates. When several templates
 * fit (`/refunds/{out_refund_no}` and a literal sibling), the one with more literal segments wins,
 * as a real router would.
 */
export function createRouter(pages: Iterable<ApiPageSpec>): (method: string, pathname: string) => RouteMatch {
  const templates = [...pages].map(compile).sort((a, b) => literalCount(b) - literalCount(a))
  return (method, pathname) => {
    const parts = pathname.split('/').filter(Boolean).map(decode)
    const fits = templates
      .map((template) => ({ template, params: matchTemplate(template, parts) }))
      .filter((fit): fit is { template: Template; params: Record<string, string> } => fit.params !== undefined)
    if (fits.length === 0) return { problem: `no documented API has the path ${pathname}` }
    for (const { template, params } of fits) {
      const operation = template.page.operations.find((op) => op.method === method)
      if (operation) return { route: { page: template.page, operation, params } }
    }
    const known = fits.map(({ template }) => `${template.page.operations.map((op) => op.method).join('/')} ${template.page.path}`)
    return { problem: `${method} is not documented for ${pathname} (documented: ${known.join('; ')})` }
  }
}
