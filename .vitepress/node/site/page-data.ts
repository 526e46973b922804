import type { PageData } from 'vitepress'
import type { LoadedPage } from '../spec/load-pages'
import { productSidebar } from './sidebar'

/**
 * Frontmatter keys that hold an API page's spec. They are rendered at build time and removed from
 * the page data, so the browser never downloads the spec itself.
 */
export const API_FRONTMATTER_KEYS = ['method', 'path', 'docs', 'request', 'response', 'operations'] as const

/** The frontmatter key that carries an API page's own sidebar (read by the theme's layout). */
export const API_SIDEBAR_KEY = 'apiSidebar'

/**
 * Strips the spec from an API page's data and gives the page the sidebar of its product line.
 * The title is the spec's own: VitePress reads a frontmatter title as inline markdown, which would
 * drop `*`, backticks and link syntax that spec text means literally.
 */
export function transformApiPageData(pageData: PageData, pages: Map<string, LoadedPage>): void {
  const loaded = pages.get(pageData.relativePath)
  if (!loaded) return
  for (const key of API_FRONTMATTER_KEYS) delete pageData.frontmatter[key]
  pageData.title = loaded.spec.title
  const specs = [...pages.values()].map((page) => page.spec)
  pageData.frontmatter[API_SIDEBAR_KEY] = productSidebar(specs, loaded.spec)
}
