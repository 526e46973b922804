import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Validator } from '@seriousme/openapi-schema-validator'
import { buildOpenApi, DECRYPTED_RESOURCE, ENCRYPTED_MARKER } from '../../../.vitepress/node/export/openapi'
import { operationId } from '../../../.vitepress/node/export/operation-id'
import { loadApiPages, loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import { fixturePages } from './fixtures'

const info = { title: '测试站点', description: '测试用' }

async function validate(document: unknown) {
  const result = await new Validator().validate(structuredClone(document) as Record<string, unknown>)
  return result
}

describe('operationId', () => {
  it('joins the method and the path in PascalCase, params as By…, a trailing slash as Slash', () => {
    expect(operationId({ path: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close' }, { method: 'POST' })).toBe(
      'postV3PayTransactionsOutTradeNoByOutTradeNoClose',
    )
    expect(operationId({ path: '/v3/ecommerce/applyments/' }, { method: 'GET' })).toBe('getV3EcommerceApplymentsSlash')
    expect(operationId({ path: '/v3/ecommerce/applyments' }, { method: 'GET' })).toBe('getV3EcommerceApplyments')
  })
})

describe('buildOpenApi', () => {
  const specs = fixturePages().map((page) => page.spec)
  const document = buildOpenApi(specs, info)

  it('matches the expected document for the fixture pages', async () => {
    await expect(JSON.stringify(document, null, 2) + '\n').toMatchFileSnapshot(join(import.meta.dirname, '__expected__/openapi.json'))
  })

  it('passes the OpenAPI 3.1 schema validator', async () => {
    const result = await validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('has one operation per method, each with its operationId, tag and server', () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item))
    expect(operations).toHaveLength(specs.reduce((n, spec) => n + spec.operations.length, 0))
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length)
    expect(document.servers).toEqual([{ url: 'https://api.mch.weixin.qq.com' }])
    for (const op of operations) expect(document.tags.map((tag) => tag.name)).toContain(op.tags[0])
  })

  it('marks encrypted fields and keeps path parameters required', () => {
    const text = JSON.stringify(document)
    const encrypted = specs.some((spec) => JSON.stringify(spec).includes('"encrypted":true'))
    expect(encrypted).toBe(true)
    expect(text).toContain(`"${ENCRYPTED_MARKER}":true`)
    const pathParams = Object.values(document.paths).flatMap((item) => Object.values(item)).flatMap((op) => op.parameters ?? []).filter((p) => p.in === 'path')
    expect(pathParams.length).toBeGreaterThan(0)
    for (const param of pathParams) expect(param.required).toBe(true)
  })

  it('fails the validator when an operation loses its responses, so the check can fail', async () => {
    const broken = structuredClone(document) as unknown as { paths: Record<string, Record<string, { responses?: unknown }>> }
    const first = Object.values(Object.values(broken.paths)[0])[0]
    delete first.responses
    first.responses = 'none'
    expect((await validate(broken)).valid).toBe(false)
  })

  it('describes uploads as a file part and a JSON meta part, downloads as a file', async () => {
    const pages = loadApiPages(join(import.meta.dirname, '../../../docs'))
    const pick = (path: string) => [...pages.values()].map((page) => page.spec).find((spec) => spec.path === path)!
    const document = buildOpenApi([pick('/v3/merchant/media/upload'), pick('/v3/billdownload/file')], info)
    const upload = document.paths['/v3/merchant/media/upload'].post.requestBody!.content['multipart/form-data']
    expect(upload.schema.required).toEqual(['file', 'meta'])
    expect(upload.encoding).toEqual({ meta: { contentType: 'application/json' } })
    expect(Object.keys(upload.schema.properties?.meta.properties ?? {})).toEqual(['filename', 'sha256'])
    const download = document.paths['/v3/billdownload/file'].get.responses['200'].content!
    expect(Object.keys(download)).toHaveLength(1)
    expect(Object.values(download)[0].schema.type).toBe('string')
    expect((await validate(document)).valid).toBe(true)
  })
})

describe('the site document', () => {
  it('builds from every page in docs/ and passes the validator', async () => {
    const docs = join(import.meta.dirname, '../../../docs')
    const pages = loadApiPages(docs)
    const webhooks = [...loadWebhookPages(docs).values()].map((page) => page.spec)
    const document = buildOpenApi([...pages.values()].map((page) => page.spec), info, webhooks)
    const result = await validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(Object.keys(document.paths).length).toBeGreaterThan(10)
    expect(Object.keys(document.webhooks ?? {}).sort()).toEqual(webhooks.map((spec) => spec.file.replace(/^.*\/|\.md$/g, '')).sort())
  })

  it('describes each webhook: signed headers, encrypted envelope, decrypted resource', () => {
    const docs = join(import.meta.dirname, '../../../docs')
    const webhooks = [...loadWebhookPages(docs).values()].map((page) => page.spec)
    const success = webhooks.find((spec) => spec.file === 'openapi/webhooks/transaction-success.md')!
    const document = buildOpenApi([], info, [success])
    const post = document.webhooks!['transaction-success'].post
    expect(post.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']),
    )
    const envelope = post.requestBody!.content['application/json']
    expect(Object.keys(envelope.schema.properties ?? {})).toEqual(expect.arrayContaining(['id', 'create_time', 'event_type', 'resource_type', 'resource']))
    expect((envelope.example as { event_type: string }).event_type).toBe('TRANSACTION.SUCCESS')
    expect(Object.keys(post[DECRYPTED_RESOURCE].properties ?? {})).toEqual(Object.keys(success.resource.properties))
  })
})
