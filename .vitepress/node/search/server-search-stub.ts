import type { Plugin } from 'vite'
import { SEARCH_INDEX_MODULE } from './search-index-module'

/**
 * The server bundle of a build gets an empty search index. VitePress builds the client and server
 * bundles with separate plugin instances, so its local search rendered and indexed every page for
 * each; only the client's index reaches readers (the search box never renders on the server).
 */
export function serverSearchStub(): Plugin {
  return {
    name: 'wechatpay-docs:server-search-stub',
    enforce: 'pre',
    load(id, options) {
      if (options?.ssr && id.startsWith(SEARCH_INDEX_MODULE)) return 'export default {}'
    },
  }
}
