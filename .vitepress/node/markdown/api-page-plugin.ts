import type { MarkdownRenderer } from 'vitepress'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { parseApiSource, parseWebhookSource, type LoadedPage, type LoadedWebhook } from '../spec/load-pages'
import { renderApiPage } from '../render/api-page'
import { renderApiIndex } from '../render/api-index'
import { renderWebhookPage } from '../render/webhook-page'

/** The page whose body is followed by the generated index of every API page. */
export const API_INDEX_FILE = 'openapi/index.md'

/** Set on a render's env when the page is rendered for the local search index (no code). */
export const SEARCH_RENDER = '__searchRender'

interface MarkdownEnv {
  relativePath?: string
  path?: string
  [SEARCH_RENDER]?: boolean
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/

/** What the plugin needs from the site: the pages loaded at startup, and news of an edited spec. */
export interface ApiPagePluginOptions {
  pages: Map<string, LoadedPage>
  /** Webhook pages, rendered by their own renderer and listed in the index beside the APIs. */
  webhooks?: Map<string, LoadedWebhook>
  onSpecChange?: (spec: ApiPageSpec | WebhookPageSpec) => void
}

/**
 * Expands an API page's source into markdown before VitePress renders it: the frontmatter stays
 * (VitePress reads it next), the generated tables and code fences follow, so they go through
 * VitePress's own pipeline (code groups, Shiki, twoslash, local search). Any error thrown while a
 * page renders is re-thrown with the page's path in front.
 */
export function apiPagePlugin(md: MarkdownRenderer, options: ApiPagePluginOptions): void {
  const render = md.render.bind(md)
  md.render = (src: string, env: MarkdownEnv = {}) => {
    const file = env.relativePath ?? env.path ?? '(unknown page)'
    try {
      return render(expandApiPage(src, file, options, !!env[SEARCH_RENDER]), env)
    } catch (error) {
      if (error instanceof Error && !error.message.startsWith(file)) {
        error.message = `${file}: ${error.message}`
      }
      throw error
    }
  }
}

function expandApiPage(src: string, file: string, options: ApiPagePluginOptions, forSearch: boolean): string {
  const webhookSpecs = () => [...(options.webhooks?.values() ?? [])].map((page) => page.spec)
  if (file === API_INDEX_FILE) return `${src}\n\n${renderApiIndex([...options.pages.values()].map((page) => page.spec), webhookSpecs())}\n`
  if (options.webhooks && /^---\r?\n[\s\S]*?^webhook:/m.test(FRONTMATTER.exec(src)?.[0] ?? '')) return expandWebhookPage(src, file, options.webhooks, options, forSearch)
  let loaded = options.pages.get(file)
  if (!loaded || loaded.source !== src) {
    loaded = parseApiSource(src, file)
    if (!loaded) return src
    options.pages.set(file, loaded)
    options.onSpecChange?.(loaded.spec)
  }
  const frontmatter = FRONTMATTER.exec(src)?.[0] ?? ''
  return `${frontmatter}\n${renderApiPage(loaded.spec, loaded.body, { forSearch })}`
}

function expandWebhookPage(src: string, file: string, webhooks: Map<string, LoadedWebhook>, options: ApiPagePluginOptions, forSearch: boolean): string {
  let loaded = webhooks.get(file)
  if (!loaded || loaded.source !== src) {
    loaded = parseWebhookSource(src, file)
    if (!loaded) return src
    webhooks.set(file, loaded)
    options.onSpecChange?.(loaded.spec)
  }
  const frontmatter = FRONTMATTER.exec(src)?.[0] ?? ''
  return `${frontmatter}\n${renderWebhookPage(loaded.spec, loaded.body, { forSearch })}`
}
