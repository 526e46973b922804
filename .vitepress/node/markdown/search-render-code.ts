import type { MarkdownRenderer } from 'vitepress'
import { SEARCH_RENDER } from './api-page-plugin'

/**
 * Renders code blocks empty when a page is rendered for the search index: the index leaves code
 * out (search/split-sections.ts), and highlighting it, a guide's snippets type-checked against the
 * whole SDK declaration, was the dearest part of such a render. Install it after every plugin
 * that wraps the fence rule, so that none of them runs for these renders.
 */
export function skipCodeInSearchRenders(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, idx, options, env, self) =>
    (env as Record<string, unknown> | undefined)?.[SEARCH_RENDER] ? '<pre></pre>\n' : fence(tokens, idx, options, env, self)
}
