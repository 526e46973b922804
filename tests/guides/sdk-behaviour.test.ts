/**
 * What the guides say the Node SDK does for you, checked against the SDK itself talking to a local
 * server that plays WeChat Pay: it signs every request, verifies every 2xx reply, and reports a bad
 * reply with an `EV3_…` error code.
 */
import { createSign, createVerify } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isAxiosError } from 'axios'
import { Wechatpay } from 'wechatpay-axios-plugin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rsaKeyPair } from './keys'

const merchantKeys = rsaKeyPair()
const wechatpayKeys = rsaKeyPair()
const PUB_KEY_ID = 'PUB_KEY_ID_0119000000012025010100000000000000'

interface Received { method: string; url: string; headers: IncomingHttpHeaders; body: string }
type Reply = { status: number; body: string; sign?: 'good' | 'bad' | 'none'; timestamp?: number }

let server: Server
let next: Reply = { status: 200, body: '{}' }
const received: Received[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const timestamp = String(next.timestamp ?? Math.floor(Date.now() / 1000))
      const nonce = 'Z0nCE1234567890abcdefghijklmnopq'
      const key = next.sign === 'bad' ? rsaKeyPair().privateKey : wechatpayKeys.privateKey
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Request-ID': 'req-1' }
      if (next.sign !== 'none') {
        Object.assign(headers, {
          'Wechatpay-Timestamp': timestamp,
          'Wechatpay-Nonce': nonce,
          'Wechatpay-Serial': PUB_KEY_ID,
          'Wechatpay-Signature': createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${next.body}\n`).sign(key, 'base64'),
        })
      }
      res.writeHead(next.status, headers).end(next.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const keyDir = mkdtempSync(join(tmpdir(), 'guide-sdk-'))
writeFileSync(join(keyDir, 'apiclient_key.pem'), merchantKeys.privateKey)
writeFileSync(join(keyDir, 'pub_key.pem'), wechatpayKeys.publicKey)
afterAll(() => rmSync(keyDir, { recursive: true, force: true }))

/** A client configured the way the getting-started guides show it: keys given as file:// paths. */
function client() {
  return new Wechatpay({
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    mchid: '1900000001',
    serial: '3775B6A45ACD588826D15E583A95F5DD00000000',
    privateKey: `file://${join(keyDir, 'apiclient_key.pem')}`,
    certs: { [PUB_KEY_ID]: `file://${join(keyDir, 'pub_key.pem')}` },
  })
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('the Node SDK, as the guides describe it', () => {
  it('signs a request as signing.md says: path and query, timestamp, nonce and the JSON body', async () => {
    next = { status: 200, body: '{"code_url":"weixin://wxpay/bizpayurl?pr=abc"}', sign: 'good' }
    const { data } = await client().v3.pay.transactions.native.post({ mchid: '1900000001', amount: { total: 1 } })
    expect(data).toEqual({ code_url: 'weixin://wxpay/bizpayurl?pr=abc' })
    const request = received.at(-1)!
    const auth = Object.fromEntries([...String(request.headers.authorization).matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]))
    expect(String(request.headers.authorization)).toMatch(/^WECHATPAY2-SHA256-RSA2048 /)
    expect(auth).toMatchObject({ mchid: '1900000001', serial_no: '3775B6A45ACD588826D15E583A95F5DD00000000' })
    const message = `POST\n${request.url}\n${auth.timestamp}\n${auth.nonce_str}\n${request.body}\n`
    expect(createVerify('RSA-SHA256').update(message).verify(merchantKeys.publicKey, auth.signature, 'base64')).toBe(true)
  })

  it('signs a GET with its query string and an empty body line', async () => {
    next = { status: 200, body: '{"trade_state":"SUCCESS"}', sign: 'good' }
    await client().v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', params: { mchid: '1900000001' } })
    const request = received.at(-1)!
    expect(request.url).toBe('/v3/pay/transactions/out-trade-no/T1?mchid=1900000001')
    const auth = Object.fromEntries([...String(request.headers.authorization).matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]))
    const message = `GET\n${request.url}\n${auth.timestamp}\n${auth.nonce_str}\n\n`
    expect(createVerify('RSA-SHA256').update(message).verify(merchantKeys.publicKey, auth.signature, 'base64')).toBe(true)
  })

  it.each([
    ['a forged signature', { sign: 'bad' }, 'EV3_RES_HEADER_SIGNATURE_DIGEST'],
    ['missing Wechatpay-* headers', { sign: 'none' }, 'EV3_RES_HEADERS_INCOMPLATE'],
    ['a stale timestamp', { sign: 'good', timestamp: Math.floor(Date.now() / 1000) - 400 }, 'EV3_RES_HEADER_TIMESTAMP_OFFSET'],
  ] as const)('rejects a 2xx reply with %s, with an axios error whose code starts with EV3_', async (_, reply, code) => {
    next = { status: 200, body: '{"trade_state":"SUCCESS"}', ...reply }
    const error = await failure(client().v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', params: { mchid: '1' } }))
    expect(isAxiosError(error)).toBe(true)
    expect(isAxiosError(error) && error.code).toBe(code)
  })

  it('ends a 4xx reply with an axios error carrying WeChat Pay\'s code and message', async () => {
    next = { status: 404, body: '{"code":"ORDER_NOT_EXIST","message":"订单不存在"}', sign: 'none' }
    const error = await failure(client().v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', params: { mchid: '1' } }))
    expect(isAxiosError(error)).toBe(true)
    if (!isAxiosError<{ code: string; message: string }>(error)) return
    expect(error.code?.startsWith('EV3_')).toBe(false)
    expect(error.response?.status).toBe(404)
    expect(error.response?.data).toEqual({ code: 'ORDER_NOT_EXIST', message: '订单不存在' })
    expect(error.response?.headers['request-id']).toBe('req-1')
  })
})
