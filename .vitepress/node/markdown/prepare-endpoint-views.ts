import type { MarkdownRenderer } from 'vitepress'
import type { LoadedPage } from '../spec/load-pages'
import { firstTsSnippet } from '../render/ts-variants'

/**
 * After an API page is rendered in the dev server (its blocks mostly from the highlight cache),
 * has its first snippet checked again in the background: the first edit of the page, which is
 * likely to come next, then finds the endpoint's view read and TypeScript's checker warmed up.
 */
export function prepareEndpointViews(md: MarkdownRenderer, pages: Map<string, LoadedPage>, prepare: (code: string) => void): void {
  const render = md.render.bind(md)
  md.render = (src: string, env: { relativePath?: string } = {}) => {
    const html = render(src, env)
    const page = env.relativePath === undefined ? undefined : pages.get(env.relativePath)
    if (page) prepare(firstTsSnippet(page.spec))
    return html
  }
}
