import type MarkdownIt from 'markdown-it'
import type { ApiPageSpec } from '../spec/types'
import { parseApiSource, type LoadedPage } from '../spec/load-pages'
import { renderApiPage } from '../render/api-page'

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
 * Renders API pages from their frontmatter before markdown-it parses them: the generated tables
 * and code fences then go through VitePress's own pipeline (code groups, Shiki, twoslash).
 * Any error thrown while a page renders is re-thrown with the page's path in front.
 */
export function apiPagePlugin(md: MarkdownIt, options: ApiPagePluginOptions): void {
  const parse = md.parse.bind(md)
  md.parse = (src: string, env: MarkdownEnv) => {
    const file = env.relativePath ?? env.path ?? '(unknown page)'
    let loaded = options.pages.get(file)
    if (!loaded || loaded.source !== src) {
      loaded = parseApiSource(src, file)
      if (loaded) {
        options.pages.set(file, loaded)
        options.onSpecChange?.(loaded.spec)
      }
    }
    if (!loaded) return parse(src, env)
    const frontmatter = FRONTMATTER.exec(src)?.[0] ?? ''
    return parse(frontmatter + renderApiPage(loaded.spec, loaded.body), env)
  }
  const render = md.render.bind(md)
  md.render = (src: string, env: MarkdownEnv = {}) => {
    try {
      return render(src, env)
    } catch (error) {
      const file = env.relativePath ?? env.path
      if (error instanceof Error && file && !error.message.startsWith(file)) {
        error.message = `${file}: ${error.message}`
      }
      throw error
    }
  }
}
