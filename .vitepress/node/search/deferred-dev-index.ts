import type { Plugin, ViteDevServer } from 'vite'
import { LOCAL_SEARCH_PLUGIN, SEARCH_INDEX_MODULE } from './search-index-module'

function handlerOf<F extends (...args: never[]) => unknown>(hook: F | { handler: F }): F {
  return typeof hook === 'function' ? hook : hook.handler
}

/**
 * How long the dev server waits with no request before it indexes the pages for search: the scan
 * takes about a second of the one thread at a thousand pages, and an edit made while it runs shows
 * that much later. A search box opened sooner starts it at once.
 */
export const SEARCH_SCAN_QUIET_MS = 5000

/**
 * VitePress's local search reads and indexes every page in its `configureServer` hook, so the dev
 * server listens only once the whole site is indexed (1.2 s of its one thread at a thousand pages).
 * This plugin moves that work to `schedule` (the idle scheduler: once the first page is on screen
 * and the server has been quiet for {@link SEARCH_SCAN_QUIET_MS})
 * and makes the index module wait for it, so a search box opened sooner still gets every page.
 * Edits made before the scan are indexed by VitePress's own hot-update hook, and again by the scan.
 * Leaves a site whose search provider is not local as it is.
 */
export function deferDevSearchIndex(schedule: (task: () => void, quietMs?: number) => void): Plugin {
  return {
    name: 'wechatpay-docs:deferred-dev-search-index',
    apply: 'serve',
    configResolved(config) {
      const search = config.plugins.find((plugin) => plugin.name === LOCAL_SEARCH_PLUGIN)
      if (!search?.configureServer || !search.load) return
      const indexAll = handlerOf(search.configureServer)
      const load = handlerOf(search.load)
      let server: ViteDevServer | undefined
      let scan: Promise<unknown> | undefined
      const scanOnce = () => (scan ??= Promise.resolve().then(() => indexAll.call(undefined as never, server!)))
      search.configureServer = (devServer) => {
        server = devServer
        schedule(() => {
          scanOnce().catch((error: unknown) =>
            devServer.config.logger.error(`search index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
          )
        }, SEARCH_SCAN_QUIET_MS)
      }
      search.load = async function (id, options) {
        if (server && id.startsWith(SEARCH_INDEX_MODULE)) await scanOnce()
        return load.call(this, id, options)
      }
    },
  }
}
