import type { PageData } from 'vitepress'
import type { LoadedPage, LoadedWebhook } from '../spec/load-pages'
import { productSidebar, webhookSidebar } from './sidebar'

/**
 * Frontmatter keys that hold an API page's spec. They are rendered at build time and removed from
 * the page data, so the browser never downloads the spec itself.
 */
export const API_FRONTMATTER_KEYS = ['method', 'path', 'docs', 'request', 'response', 'operations', 'webhook'] as const

/** The frontmatter key that carries an API page's own sidebar (read by the theme's layout). */
export const API_SIDEBAR_KEY = 'apiSidebar'

/**
 * Strips the spec from an API page's data and gives the page the sidebar of its product line.
 * The title is the spec's own: VitePress reads a frontmatter title as inline markdown, which would
 * drop `*`, backticks and link syntax that spec text means literally.
 */
export function transformApiPageData(pageData: PageData, pages: Map<string, LoadedPage>, webhooks: Map<string, LoadedWebhook> = new Map()): void {
  const loaded = pages.get(pageData.relativePath)
  const webhook = webhooks.get(pageData.relativePath)
  if (!loaded && !webhook) return
  for (const key of API_FRONTMATTER_KEYS) delete pageData.frontmatter[key]
  pageData.title = (loaded ?? webhook)!.spec.title
  const specs = [...pages.values()].map((page) => page.spec)
  const webhookSpecs = [...webhooks.values()].map((page) => page.spec)
  pageData.frontmatter[API_SIDEBAR_KEY] = loaded ? productSidebar(specs, loaded.spec, webhookSpecs) : webhookSidebar(specs, webhookSpecs, webhook!.spec)
}
