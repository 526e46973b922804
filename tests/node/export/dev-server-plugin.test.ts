import { describe, expect, it } from 'vitest'
import { downloadsDevPlugin } from '../../../.vitepress/node/export/dev-server-plugin'
import type { DownloadFile } from '../../../.vitepress/node/export/downloads'

type Middleware = (req: { url?: string; headers: Record<string, string> }, res: FakeResponse, next: () => void) => void

class FakeResponse {
  headers: Record<string, string> = {}
  body?: string
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  end(body: string) {
    this.body = body
  }
}

function middleware(files: DownloadFile[]): Middleware {
  let registered: Middleware | undefined
  const plugin = downloadsDevPlugin(() => files)
  const hook = plugin.configureServer as (server: unknown) => void
  hook({ middlewares: { use: (fn: Middleware) => (registered = fn) } })
  return registered!
}

function request(url: string, headers: Record<string, string> = {}) {
  const serve = middleware([
    { path: 'openapi.json', contentType: 'application/json; charset=utf-8', content: '{}' },
    { path: 'openapi/v3/x.md', contentType: 'text/markdown; charset=utf-8', content: '# X' },
  ])
  const res = new FakeResponse()
  let passed = false
  serve({ url, headers }, res, () => (passed = true))
  return { res, passed }
}

describe('downloadsDevPlugin', () => {
  it('serves a download at its path with its content type', () => {
    const { res, passed } = request('/openapi.json')
    expect(passed).toBe(false)
    expect(res.body).toBe('{}')
    expect(res.headers['Content-Type']).toBe('application/json; charset=utf-8')
    expect(request('/openapi/v3/x.md').res.body).toBe('# X')
  })

  it('leaves VitePress its page modules and everything else', () => {
    expect(request('/openapi/v3/x.md', { 'sec-fetch-dest': 'script' }).passed).toBe(true)
    expect(request('/openapi/v3/x.md?t=1').passed).toBe(true)
    expect(request('/openapi/v3/x.html').passed).toBe(true)
    expect(request('/other.md').passed).toBe(true)
  })

  it('only runs in dev', () => {
    expect(downloadsDevPlugin(() => []).apply).toBe('serve')
  })
})
