import { request } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Wechatpay } from 'wechatpay-axios-plugin'
import { parseApiPage } from '../../.vitepress/node/spec/parse-page'
import { createSdkClient, replyOrError as call } from '../support/mock-wechatpay/client'
import { createKeyPair } from '../support/mock-wechatpay/keys'
import { startMockWechatpay, type MockWechatpay } from '../support/mock-wechatpay/server'
import { AUTH_SCHEME, requestMessage, responseMessage, sign, verify } from '../support/mock-wechatpay/signatures'

/** A small spec of its own, so these checks do not move when the real pages change. */
const orders = parseApiPage(
  {
    title: '测试订单',
    description: '只给模拟服务器的测试用',
    path: '/v3/test/orders/{order_id}',
    docs: [{ title: '测试', url: 'https://example.com/test' }],
    operations: [
      {
        method: 'POST',
        request: {
          path: { properties: { order_id: { type: 'string', example: 'O100' } } },
          query: { properties: { page: { type: 'integer', example: 2 } } },
          headers: { required: ['Wechatpay-Serial'], properties: { 'Wechatpay-Serial': { type: 'string', example: 'PUB_KEY_ID_01' } } },
          body: {
            type: 'object',
            required: ['amount'],
            properties: {
              amount: { type: 'integer', example: 100 },
              currency: { type: 'string', enum: ['CNY'], example: 'CNY' },
              items: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string', example: 'A1' } } } },
            },
          },
        },
        response: { body: { type: 'object', required: ['state'], properties: { state: { type: 'string', example: 'OK' } } } },
      },
      {
        method: 'GET',
        request: { path: { properties: { order_id: { type: 'string', example: 'O100' } } } },
        response: { status: 204 },
      },
    ],
  },
  'test/orders/_order_id_.md',
)
const latest = parseApiPage(
  {
    title: '最新订单',
    description: '与 {order_id} 同级的固定路径',
    method: 'GET',
    path: '/v3/test/orders/latest',
    docs: [{ title: '测试', url: 'https://example.com/test' }],
    response: { body: { type: 'object', properties: { id: { type: 'string', example: 'O999' } } } },
  },
  'test/orders/latest.md',
)

let mock: MockWechatpay
// The chain is built from property names at run time; its types come from the generated declaration elsewhere.
let wxpay: any

beforeAll(async () => {
  mock = await startMockWechatpay({ pages: [orders, latest] })
  wxpay = createSdkClient(mock)
})
afterAll(() => mock.close())
beforeEach(() => {
  mock.take()
})

const goodBody = { amount: 100, currency: 'CNY', items: [{ sku: 'A1' }] }
const goodConfig = { order_id: 'O100', params: { page: 2 }, headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_01' } }

interface RawReply {
  status: number
  headers: Record<string, string>
  body: string
}

/** A plain HTTP request to the mock, so a test can send what no SDK would (a GET with a body, a forged signature). */
function rawRequest(method: string, url: string, body: string, headers: Record<string, string>): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url, mock.url), { method, headers: { 'User-Agent': 'mock-test', 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Signs a request by hand, the way the SDK does, so a test can break one part of it. */
function signedRequest(method: string, url: string, body: string, key: { privateKey?: string; serial?: string; signedUrl?: string } = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000))
  const nonce = 'NONCE0123456789'
  const signature = sign(requestMessage(method, key.signedUrl ?? url, timestamp, nonce, body), key.privateKey ?? mock.merchant.privateKey)
  const serial = key.serial ?? mock.merchant.serial
  return rawRequest(method, url, body, {
    'Content-Type': 'application/json',
    Authorization: `${AUTH_SCHEME} mchid="${mock.merchant.mchid}",nonce_str="${nonce}",timestamp="${timestamp}",serial_no="${serial}",signature="${signature}"`,
  })
}

describe('mock WeChat Pay server', () => {
  it('answers a request that matches its spec with the response example, signed with the platform key', async () => {
    const reply = await call(wxpay.v3.test.orders._order_id_.post(goodBody, goodConfig))
    expect(reply.status).toBe(200)
    expect(reply.data).toEqual({ state: 'OK' })
    const [seen] = mock.take()
    expect(seen).toMatchObject({
      operation: 'POST /v3/test/orders/{order_id}',
      url: '/v3/test/orders/O100?page=2',
      params: { order_id: 'O100' },
      query: { page: '2' },
      declaredHeaders: { 'Wechatpay-Serial': 'PUB_KEY_ID_01' },
      body: goodBody,
      mismatches: [],
    })
  })

  it('signs replies so that only the platform public key verifies them', async () => {
    const reply = await signedRequest('GET', '/v3/test/orders/latest', '')
    expect(reply).toMatchObject({ status: 200, body: '{"id":"O999"}' })
    const message = responseMessage(reply.headers['wechatpay-timestamp'], reply.headers['wechatpay-nonce'], reply.body)
    expect(reply.headers['wechatpay-serial']).toBe(mock.platform.serial)
    expect(verify(message, reply.headers['wechatpay-signature'], mock.platform.publicKey)).toBe(true)
    expect(verify(message, reply.headers['wechatpay-signature'], mock.merchant.publicKey)).toBe(false)
    expect(verify(message.replace('O999', 'O998'), reply.headers['wechatpay-signature'], mock.platform.publicKey)).toBe(false)
  })

  it('makes the SDK throw when it trusts another platform key', async () => {
    const stranger = createKeyPair(mock.platform.serial)
    const sdk: any = new Wechatpay({
      mchid: mock.merchant.mchid, serial: mock.merchant.serial, privateKey: mock.merchant.privateKey,
      certs: { [stranger.serial]: stranger.publicKey }, baseURL: mock.url,
    })
    await expect(sdk.v3.test.orders._order_id_.post(goodBody, goodConfig)).rejects.toThrow(/Verify the response's data/)
  })

  it('replies 204 without a body when the spec has no response body', async () => {
    const reply = await call(wxpay.v3.test.orders._order_id_.get({ order_id: 'O100' }))
    expect(reply.status).toBe(204)
    expect(reply.data).toBe('')
    expect(mock.take()[0].mismatches).toEqual([])
  })

  it('prefers a literal path segment over a path parameter', async () => {
    const reply = await call(wxpay.v3.test.orders.latest.get())
    expect(reply).toMatchObject({ status: 200, data: { id: 'O999' } })
    expect(mock.take()[0].operation).toBe('GET /v3/test/orders/latest')
  })

  it.each([
    ['a wrong type', { ...goodBody, amount: '100' }, 'body/amount: must be integer'],
    ['a missing required field', { currency: 'CNY' }, "body: must have required property 'amount'"],
    ['a value outside the enum', { ...goodBody, currency: 'USD' }, 'body/currency: must be equal to one of the allowed values CNY'],
    ['an unknown field', { ...goodBody, colour: 'red' }, "body: has the property 'colour', which the spec does not list"],
    ['an unknown nested field', { ...goodBody, items: [{ sku: 'A1', qty: 1 }] }, "body/items/0: has the property 'qty', which the spec does not list"],
  ])('refuses a body with %s, with a 400 naming the field, and records it', async (_, body, mismatch) => {
    const reply = await call(wxpay.v3.test.orders._order_id_.post(body, goodConfig))
    expect(reply.status).toBe(400)
    expect(reply.data).toMatchObject({ code: 'PARAM_ERROR', detail: { mismatches: [mismatch] } })
    expect(mock.take().map((r) => r.mismatches)).toEqual([[mismatch]])
  })

  it.each([
    ['an unknown query parameter', { ...goodConfig, params: { page: 2, size: 10 } }, "query: has the property 'size', which the spec does not list"],
    ['a query value of the wrong type', { ...goodConfig, params: { page: 'two' } }, 'query/page: must be integer'],
    ['a missing required header', { order_id: 'O100', params: { page: 2 } }, "headers: must have required property 'Wechatpay-Serial'"],
    ['an unfilled path parameter', { params: { page: 2 }, headers: goodConfig.headers }, 'path: {order_id} was sent unfilled; the call must give "order_id"'],
  ])('refuses %s', async (_, config, mismatch) => {
    const reply = await call(wxpay.v3.test.orders._order_id_.post(goodBody, config))
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual([mismatch])
  })

  it('refuses a body on an operation that has none', async () => {
    const reply = await signedRequest('GET', '/v3/test/orders/O100', '{"id":1}')
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual(['body: the spec declares no body, got "{\\"id\\":1}"'])
  })

  it('refuses a method the path does not document, naming the ones it does', async () => {
    const reply = await signedRequest('PATCH', '/v3/test/orders/latest', '')
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual(['PATCH is not documented for /v3/test/orders/latest (documented: GET /v3/test/orders/latest; POST/GET /v3/test/orders/{order_id})'])
  })

  it('refuses a path nobody documents', async () => {
    const reply = await call(wxpay.v3.test.refunds.get())
    expect(reply).toMatchObject({ status: 400, data: { code: 'NOT_FOUND' } })
    expect(mock.take()[0].mismatches).toEqual(['no documented API has the path /v3/test/refunds'])
  })

  it('refuses a request signed with another key, a wrong serial, or no signature', async () => {
    const forged = await signedRequest('GET', '/v3/test/orders/O100', '', { privateKey: createKeyPair('0000').privateKey })
    expect(forged.status).toBe(400)
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'SIGN_ERROR' })
    const wrongSerial = await signedRequest('GET', '/v3/test/orders/O100', '', { serial: 'ABCDEF' })
    const unsigned = await rawRequest('GET', '/v3/test/orders/O100', '', {})
    expect([wrongSerial.status, unsigned.status]).toEqual([400, 400])
    const [first, second, third] = mock.take().map((r) => r.mismatches)
    expect(first).toEqual([expect.stringMatching(/^Authorization: the signature does not match "GET\\n\/v3\/test\/orders\/O100\\n\d+\\nNONCE0123456789\\n\\n"/)])
    expect(second).toEqual(["Authorization: serial_no ABCDEF is not the test merchant's certificate serial"])
    expect(third).toEqual(['Authorization: missing'])
  })

  it('refuses a signature over another URL than the one sent', async () => {
    const reply = await signedRequest('GET', '/v3/test/orders/O100', '', { signedUrl: '/v3/test/orders/O999' })
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual([expect.stringMatching(/^Authorization: the signature does not match/)])
  })
})
