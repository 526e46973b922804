import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { createFragmentStore } from '../../../.vitepress/node/markdown/page-fragments'
import { markFragment } from '../../../.vitepress/node/render/fragment-marker'
import { serveFragments } from '../../../.vitepress/node/site/serve-fragments'
import { FRAGMENT_DIR, FRAGMENT_PART_SEPARATOR } from '../../../.vitepress/shared/page-fragments'

type Handle = (request: { url?: string }, response: unknown, next: () => void) => void

/** The plugin's middleware, mounted as connect mounts it (the mount path taken off the URL). */
function middleware(base: string) {
  const store = createFragmentStore(undefined, { live: true })
  const md = { render: (src: string) => src } as unknown as MarkdownRenderer
  store.attach(md)
  const routes: Array<[string, Handle]> = []
  ;(serveFragments(store).configureServer as (server: unknown) => void)({ config: { base }, middlewares: { use: (path: string, handle: Handle) => routes.push([path, handle]) } })
  const get = (path: string) =>
    new Promise<{ body?: string; headers: Record<string, string> }>((done) => {
      const [mount, handle] = routes[0]
      const headers: Record<string, string> = {}
      handle({ url: path.slice(mount.length - 1) }, { setHeader: (name: string, value: string) => (headers[name] = value), end: (body: string) => done({ body: String(body), headers }) }, () => done({ headers }))
    })
  return { md, routes, get }
}

describe('serveFragments', () => {
  it('serves the parts of a rendered page from memory under the site base, and passes on any other file', async () => {
    const { md, routes, get } = middleware('/docs/')
    expect(routes.map(([path]) => path)).toEqual([`/docs/${FRAGMENT_DIR}/`])
    const html = md.render([markFragment('<table>表</table>'), markFragment('<p>码</p>')].join('\n'), { relativePath: 'openapi/x.md' })
    const file = /src="([^"]+)"/.exec(html)![1]
    const served = await get(`/docs/${file}?t=1`)
    expect(served.body).toBe(['<table>表</table>', '<p>码</p>'].join(FRAGMENT_PART_SEPARATOR))
    expect(served.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect((await get(`/docs/${FRAGMENT_DIR}/0000.html`)).body).toBeUndefined()
    expect((await get(`/docs/${FRAGMENT_DIR}/%E0%A4%A.html`)).body).toBeUndefined()
  })
})
