import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { prepareEndpointViews } from '../../../.vitepress/node/markdown/prepare-endpoint-views'
import { snippetEndpoint } from '../../../.vitepress/node/sdk/snippet-endpoint'
import { loadApiPages } from '../../../.vitepress/node/spec/load-pages'
import { join } from 'node:path'

const jsapi = loadApiPages(join(import.meta.dirname, '../../../docs')).get('openapi/v3/pay/transactions/jsapi.md')!

describe('prepareEndpointViews', () => {
  it('asks for a snippet of the endpoint of each API page rendered, and nothing for other pages', () => {
    const md = { render: (src: string) => `<h1>${src.slice(2)}</h1>\n` } as unknown as MarkdownRenderer
    const pages = new Map([['openapi/v3/pay/transactions/jsapi.md', jsapi]])
    const asked: Array<string | undefined> = []
    prepareEndpointViews(md, pages, (code) => asked.push(snippetEndpoint(code)))
    expect(md.render('# JSAPI', { relativePath: 'openapi/v3/pay/transactions/jsapi.md' })).toBe('<h1>JSAPI</h1>\n')
    md.render('# 指引', { relativePath: 'guide/signing.md' })
    md.render('# 无路径')
    expect(asked).toEqual(['/v3/pay/transactions/jsapi'])
  })
})
