import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadApiPages, loadWebhookPages, readMarkdownSources } from '../../../.vitepress/node/spec/load-pages'
import { SpecError } from '../../../.vitepress/node/spec/spec-error'

const page = (method: string) => `---
title: 测试
description: 测试
method: ${method}
path: /v3/certificates
docs:
  - title: 测试
    url: https://example.com/test
response:
  status: 204
---
`

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function docs(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'load-pages-'))
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), source)
  }
  return dir
}

describe('readMarkdownSources', () => {
  it('reads every markdown file once, in sorted order, for both loaders to share', () => {
    const root = docs({ 'openapi/v3/b.md': page('GET'), 'openapi/v3/a.md': page('DELETE'), 'guide/x.md': '# x\n', 'notes.txt': 'no' })
    const sources = readMarkdownSources(root)
    expect([...sources.keys()]).toEqual(['guide/x.md', 'openapi/v3/a.md', 'openapi/v3/b.md'])
    expect(sources.get('guide/x.md')).toBe('# x\n')
    // the loaders parse what they are given, not the files
    sources.set('openapi/v3/b.md', page('POST'))
    expect(loadApiPages(root, undefined, sources).get('openapi/v3/b.md')?.spec.operations[0].method).toBe('POST')
    expect(loadWebhookPages(root, undefined, sources).size).toBe(0)
  })
})

describe('loadApiPages', () => {
  it('refuses the same method and path in two files, naming both', () => {
    const root = docs({ 'openapi/v3/a.md': page('GET'), 'openapi/v3/b.md': page('GET') })
    expect(() => loadApiPages(root)).toThrow(SpecError)
    expect(() => loadApiPages(root)).toThrow('openapi/v3/b.md: method: GET /v3/certificates is already documented by openapi/v3/a.md')
  })

  it('accepts two files with different methods on one path', () => {
    const root = docs({ 'openapi/v3/a.md': page('GET'), 'openapi/v3/b.md': page('DELETE') })
    expect([...loadApiPages(root).keys()]).toEqual(['openapi/v3/a.md', 'openapi/v3/b.md'])
  })
})

describe('loadWebhookPages', () => {
  const webhook = (type: string) => `---
title: 通知
description: 通知
webhook:
  product: refund
  originalType: refund
  events:
    - { type: ${type}, summary: 摘要, description: 含义 }
  resource:
    properties:
      a: { type: string, example: x }
docs:
  - title: 测试
    url: https://example.com/test
---
`
  it('accepts one event type on several pages, and leaves webhooks out of the API pages', () => {
    const root = docs({ 'openapi/webhooks/a.md': webhook('REFUND.SUCCESS'), 'openapi/webhooks/b.md': webhook('REFUND.SUCCESS'), 'openapi/v3/c.md': page('GET') })
    expect([...loadWebhookPages(root).keys()]).toEqual(['openapi/webhooks/a.md', 'openapi/webhooks/b.md'])
    expect([...loadApiPages(root).keys()]).toEqual(['openapi/v3/c.md'])
  })

  it('refuses two pages whose file names give the same type name in the declaration', () => {
    const root = docs({ 'openapi/webhooks/partner/refund.md': webhook('REFUND.SUCCESS'), 'openapi/webhooks/refund.md': webhook('REFUND.CLOSED') })
    expect(() => loadWebhookPages(root)).toThrow('openapi/webhooks/refund.md: file: its type name Webhooks.RefundNotification is already taken by openapi/webhooks/partner/refund.md; rename the file')
  })
})
