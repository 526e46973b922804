import type { Plugin } from 'vite'
import type { DownloadFile } from './downloads'

/**
 * A Vite plugin for `vitepress dev` that serves the files for tools at the paths the build writes
 * them to, so the pages' download links work while writing. The list is asked for on each request,
 * so an edited spec shows at once. Its middleware runs before VitePress's, which would otherwise
 * answer `/x.md` with the page's compiled module.
 */
export function downloadsDevPlugin(files: () => readonly DownloadFile[]): Plugin {
  return {
    name: 'wechatpay-docs:downloads',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // The page modules VitePress imports are `/x.md` too: leave script requests and queries to it.
        if (req.headers['sec-fetch-dest'] === 'script' || (req.url ?? '').includes('?')) return next()
        const path = decodeURIComponent(req.url ?? '').replace(/^\//, '')
        if (!/\.(json|txt|md|ts)$/.test(path)) return next()
        const file = files().find((candidate) => candidate.path === path)
        if (!file) return next()
        res.setHeader('Content-Type', file.contentType)
        res.end(file.content)
      })
    },
  }
}
