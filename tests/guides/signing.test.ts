import { createSign, createVerify, type KeyLike } from 'node:crypto'
import { Formatter, Rsa } from 'wechatpay-axios-plugin'
import { beforeAll, describe, expect, it } from 'vitest'
import { rsaKeyPair, selfSignedCertificate } from './keys'
import { loadSnippet } from './snippets'

interface Merchant { mchid: string; serial: string; privateKey: KeyLike }
interface SignRequest {
  requestMessage(method: string, url: string, timestamp: number, nonce: string, body: string): string
  authorization(merchant: Merchant, method: string, url: string, body?: string): string
}
interface SignedMessage { timestamp: string; nonce: string; signature: string; serial: string; body: string }
interface VerifyResponse {
  signedMessage(headers: Record<string, string | string[] | undefined>, body: string): SignedMessage
  verifySignature(message: SignedMessage, keys: Record<string, KeyLike>, maxSkewSeconds?: number): void
}

const merchantKeys = rsaKeyPair()
const wechatpayKeys = rsaKeyPair()
const PUB_KEY_ID = 'PUB_KEY_ID_0119000000012025010100000000000000'
const merchant = { mchid: '1900000001', serial: '3775B6A45ACD588826D15E583A95F5DD00000000', privateKey: merchantKeys.privateKey }

/** The Authorization header's `key="value"` pairs. */
function parseAuthorization(header: string): Record<string, string> {
  const [scheme, rest] = [header.slice(0, header.indexOf(' ')), header.slice(header.indexOf(' ') + 1)]
  expect(scheme).toBe('WECHATPAY2-SHA256-RSA2048')
  return Object.fromEntries([...rest.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]))
}

describe('signing.md: sign-request', () => {
  let snippet: SignRequest
  beforeAll(async () => {
    snippet = await loadSnippet<SignRequest>('signing.md', 'sign-request')
  })

  it('builds the same five-line message as the SDK', () => {
    const body = '{"mchid":"1900000001"}'
    expect(snippet.requestMessage('POST', '/v3/pay/transactions/native', 1732252800, 'N0NCE', body))
      .toBe(Formatter.request('POST', '/v3/pay/transactions/native', 1732252800, 'N0NCE', body))
    expect(snippet.requestMessage('GET', '/v3/x?a=1', 1, 'n', '')).toBe('GET\n/v3/x?a=1\n1\nn\n\n')
  })

  it('gives an Authorization header that WeChat Pay can verify with the merchant public key', () => {
    const url = '/v3/pay/transactions/out-trade-no/1217752501201407033233368018?mchid=1900000001'
    const before = Math.floor(Date.now() / 1000)
    const params = parseAuthorization(snippet.authorization(merchant, 'get', url))
    expect(params.mchid).toBe(merchant.mchid)
    expect(params.serial_no).toBe(merchant.serial)
    expect(params.nonce_str).toMatch(/^[0-9A-F]{32}$/)
    expect(Number(params.timestamp)).toBeGreaterThanOrEqual(before)
    const message = `GET\n${url}\n${params.timestamp}\n${params.nonce_str}\n\n`
    expect(createVerify('RSA-SHA256').update(message).verify(merchantKeys.publicKey, params.signature, 'base64')).toBe(true)
    expect(Rsa.verify(message, params.signature, merchantKeys.publicKey)).toBe(true)
  })

  it('signs the body: a changed body no longer verifies', () => {
    const body = JSON.stringify({ amount: { total: 100 } })
    const params = parseAuthorization(snippet.authorization(merchant, 'POST', '/v3/pay/transactions/native', body))
    const signed = `POST\n/v3/pay/transactions/native\n${params.timestamp}\n${params.nonce_str}\n`
    expect(Rsa.verify(`${signed}${body}\n`, params.signature, merchantKeys.publicKey)).toBe(true)
    expect(Rsa.verify(`${signed}${body.replace('100', '1')}\n`, params.signature, merchantKeys.publicKey)).toBe(false)
  })

  it('uses a new nonce for every request', () => {
    const a = parseAuthorization(snippet.authorization(merchant, 'GET', '/v3/certificates'))
    const b = parseAuthorization(snippet.authorization(merchant, 'GET', '/v3/certificates'))
    expect(a.nonce_str).not.toBe(b.nonce_str)
  })
})

describe('signing.md: verify-response', () => {
  let snippet: VerifyResponse
  beforeAll(async () => {
    snippet = await loadSnippet<VerifyResponse>('signing.md', 'verify-response')
  })

  /** A reply as WeChat Pay sends it: headers signed with its private key over timestamp, nonce and body. */
  function reply(body: string, options: { timestamp?: number; serial?: string; key?: string } = {}) {
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
    const nonce = 'b1Nw1ZkYJ4rB9bV3TEDO5dJ2jxOaxXRl'
    const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${body}\n`).sign(options.key ?? wechatpayKeys.privateKey, 'base64')
    const headers = {
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-signature': signature,
      'wechatpay-serial': options.serial ?? PUB_KEY_ID,
      'request-id': '08F78BB5AF0610D302A0F2A3031AC2B24300-0',
    }
    return snippet.signedMessage(headers, body)
  }
  const keys = { [PUB_KEY_ID]: wechatpayKeys.publicKey }

  it('accepts a reply signed by WeChat Pay', () => {
    expect(() => snippet.verifySignature(reply('{"prepay_id":"wx2611215250487459928b659b1126a80000"}'), keys)).not.toThrow()
  })

  it('accepts an empty body (204)', () => {
    expect(() => snippet.verifySignature(reply(''), keys)).not.toThrow()
  })

  it('accepts a signature made by the SDK helpers', () => {
    const message = reply('{"a":1}')
    message.signature = Rsa.sign(Formatter.response(message.timestamp, message.nonce, message.body), wechatpayKeys.privateKey)
    expect(() => snippet.verifySignature(message, keys)).not.toThrow()
  })

  it('rejects a body that was re-serialised', () => {
    const message = reply('{"a": 1}')
    message.body = JSON.stringify(JSON.parse(message.body))
    expect(() => snippet.verifySignature(message, keys)).toThrow('签名验证失败')
  })

  it('rejects a reply older than five minutes', () => {
    expect(() => snippet.verifySignature(reply('{}', { timestamp: Math.floor(Date.now() / 1000) - 301 }), keys)).toThrow('相差超过 300 秒')
  })

  it('rejects an unknown serial', () => {
    expect(() => snippet.verifySignature(reply('{}', { serial: 'PUB_KEY_ID_OTHER' }), keys)).toThrow('PUB_KEY_ID_OTHER')
  })

  it('rejects a signature from another key and a WECHATPAY/SIGNTEST/ probe', () => {
    expect(() => snippet.verifySignature(reply('{}', { key: rsaKeyPair().privateKey }), keys)).toThrow('签名验证失败')
    const probe = reply('{}')
    probe.signature = `WECHATPAY/SIGNTEST/${probe.signature}`
    expect(() => snippet.verifySignature(probe, keys)).toThrow('签名验证失败')
  })

  it('verifies with a platform certificate, keyed by its serial', () => {
    const platform = selfSignedCertificate('5157F09EFDC096DE15EBE81A47057A7232F1B8E1')
    const message = reply('{}', { serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1', key: platform.privateKey })
    expect(() => snippet.verifySignature(message, { '5157F09EFDC096DE15EBE81A47057A7232F1B8E1': platform.certificate })).not.toThrow()
  })
})
