import type { Plugin } from 'vite'
import type { FragmentStore } from '../markdown/page-fragments'
import { FRAGMENT_DIR } from '../../shared/page-fragments'

/**
 * Serves the fragment files of the pages the dev server has rendered, from memory. A page's
 * generated tables and code stay out of its Vue component in the dev server as in a build
 * (markdown/page-fragments.ts): Vue compiled the JSAPI page's whole HTML into a render function on
 * every start and edit, and the browser built it node by node; the page's element now fetches its
 * parts as it does after an in-app navigation in the built site.
 */
export function serveFragments(store: FragmentStore): Plugin {
  return {
    name: 'wechatpay-docs:serve-fragments',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${FRAGMENT_DIR}/`, (request, response, next) => {
        let name: string
        try {
          name = decodeURIComponent((request.url ?? '').split(/[?#]/)[0].replace(/^\//, ''))
        } catch {
          return next()
        }
        const content = store.read(`${FRAGMENT_DIR}/${name}`)
        if (content === undefined) return next()
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.setHeader('Cache-Control', 'no-cache')
        response.end(content)
      })
    },
  }
}
