import type { MarkdownRenderer } from 'vitepress'
import type { ApiPageSpec } from '../spec/types'
import { parseApiSource, type LoadedPage } from '../spec/load-pages'
import { renderApiPage } from '../render/api-page'
import { renderApiIndex } from '../render/api-index'

/** The page whose body is followed by the generated index of every API page. */
export const API_INDEX_FILE = 'openapi/index.md'

interface MarkdownEnv {
  relativePath?: string
  path?: string
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/

/** What the plugin needs from the site: the pages loaded at startup, and news of an edited spec. */
export interface ApiPagePluginOptions {
  pages: Map<string, LoadedPage>
  onSpecChange?: (spec: ApiPageSpec) => void
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
      return render(expandApiPage(src, file, options), env)
    } catch (error) {
      if (error instanceof Error && !error.message.startsWith(file)) {
        error.message = `${file}: ${error.message}`
      }
      throw error
    }
  }
}

function expandApiPage(src: string, file: string, options: ApiPagePluginOptions): string {
  if (file === API_INDEX_FILE) return `${src}\n\n${renderApiIndex([...options.pages.values()].map((page) => page.spec))}\n`
  let loaded = options.pages.get(file)
  if (!loaded || loaded.source !== src) {
    loaded = parseApiSource(src, file)
    if (!loaded) return src
    options.pages.set(file, loaded)
    options.onSpecChange?.(loaded.spec)
  }
  const frontmatter = FRONTMATTER.exec(src)?.[0] ?? ''
  return `${frontmatter}\n${renderApiPage(loaded.spec, loaded.body)}`
}
