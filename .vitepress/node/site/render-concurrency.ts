import type { Plugin } from 'vite'

/** How many pages a build renders at once once the bundles are done. */
export const RENDER_CONCURRENCY = 8

/**
 * Indexes pages for search one at a time but renders them several at a time. VitePress uses one
 * `buildConcurrency` for both: its local search adds pages to the index in the order their
 * indexing finishes, so the index (and every chunk naming its hash) must be built with 1, while
 * rendering a page waits on file reads and writes that another page's rendering can fill. The
 * config says 1; when the server bundle is written (the client's, with the index, came first),
 * this raises it for the rendering that follows.
 */
export function renderConcurrency(): Plugin {
  let site: { buildConcurrency: number } | undefined
  let serverBundle = false
  return {
    name: 'wechatpay-docs:render-concurrency',
    apply: 'build',
    configResolved(config) {
      site = (config as typeof config & { vitepress?: { buildConcurrency: number } }).vitepress
      serverBundle = !!config.build.ssr
    },
    closeBundle() {
      if (site && serverBundle) site.buildConcurrency = RENDER_CONCURRENCY
    },
  }
}
