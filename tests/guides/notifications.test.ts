import { createCipheriv, createSign, randomBytes, type KeyLike } from 'node:crypto'
import { Aes } from 'wechatpay-axios-plugin'
import { beforeAll, describe, expect, it } from 'vitest'
import { rsaKeyPair, TEST_APIV3_KEY } from './keys'
import { loadSnippet } from './snippets'

interface EncryptedResource { algorithm: string; ciphertext: string; associated_data?: string; nonce: string; original_type: string }
interface DecryptResource { decryptResource(resource: EncryptedResource, apiV3Key: string): string }
interface Notification<T> { id: string; event_type: string; summary: string; resource: T }
interface OpenNotification {
  SignatureError: new (message: string) => Error
  openNotification<T>(headers: Record<string, string | string[] | undefined>, body: string, keys: Record<string, KeyLike>, apiV3Key: string): Notification<T>
}

const wechatpayKeys = rsaKeyPair()
const PUB_KEY_ID = 'PUB_KEY_ID_0119000000012025010100000000000000'
const transaction = {
  mchid: '1900000001',
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000000000000000000000000',
  trade_state: 'SUCCESS',
  amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
}

/** Encrypts a resource the way WeChat Pay does: AES-256-GCM, the tag appended, Base64. */
function encryptResource(plaintext: string, options: { key?: string; aad?: string } = {}): EncryptedResource {
  const nonce = randomBytes(6).toString('hex')
  const aad = options.aad ?? 'transaction'
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(options.key ?? TEST_APIV3_KEY), Buffer.from(nonce)).setAAD(Buffer.from(aad))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64')
  return { original_type: 'transaction', algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: aad, nonce }
}

/** A signed notification request: headers and the exact body WeChat Pay posts. */
function notification(resource: EncryptedResource, options: { timestamp?: number; key?: string } = {}) {
  const body = JSON.stringify({
    id: 'EV-2018022511223320873',
    create_time: '2026-11-22T10:34:56+08:00',
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource,
  })
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const nonce = randomBytes(16).toString('hex')
  const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${body}\n`).sign(options.key ?? wechatpayKeys.privateKey, 'base64')
  const headers = {
    'wechatpay-timestamp': timestamp,
    'wechatpay-nonce': nonce,
    'wechatpay-signature': signature,
    'wechatpay-serial': PUB_KEY_ID,
    'content-type': 'application/json',
  }
  return { headers, body }
}

describe('notifications.md: decrypt-resource', () => {
  let snippet: DecryptResource
  beforeAll(async () => {
    snippet = await loadSnippet<DecryptResource>('notifications.md', 'decrypt-resource')
  })

  it('decrypts a resource encrypted with the APIv3 key', () => {
    const resource = encryptResource(JSON.stringify(transaction))
    expect(JSON.parse(snippet.decryptResource(resource, TEST_APIV3_KEY))).toEqual(transaction)
  })

  it('decrypts what the SDK encrypts, and the SDK decrypts what WeChat Pay encrypts', () => {
    const nonce = 'fdasflkja484'
    const ciphertext = Aes.AesGcm.encrypt('{"a":"支付成功"}', TEST_APIV3_KEY, nonce, 'refund')
    const resource = { algorithm: 'AEAD_AES_256_GCM', ciphertext, nonce, associated_data: 'refund', original_type: 'refund' }
    expect(snippet.decryptResource(resource, TEST_APIV3_KEY)).toBe('{"a":"支付成功"}')
    const ours = encryptResource('{"b":1}', { aad: '' })
    expect(Aes.AesGcm.decrypt(ours.ciphertext, TEST_APIV3_KEY, ours.nonce, '')).toBe('{"b":1}')
  })

  it('treats a missing associated_data as empty', () => {
    const { associated_data: _, ...resource } = encryptResource('{}', { aad: '' })
    expect(snippet.decryptResource(resource, TEST_APIV3_KEY)).toBe('{}')
  })

  it('refuses a wrong key, a changed associated_data and a changed ciphertext', () => {
    const resource = encryptResource(JSON.stringify(transaction))
    expect(() => snippet.decryptResource(resource, 'X'.repeat(32))).toThrow()
    expect(() => snippet.decryptResource({ ...resource, associated_data: 'refund' }, TEST_APIV3_KEY)).toThrow()
    const bytes = Buffer.from(resource.ciphertext, 'base64')
    bytes[0] ^= 1
    expect(() => snippet.decryptResource({ ...resource, ciphertext: bytes.toString('base64') }, TEST_APIV3_KEY)).toThrow()
  })

  it('refuses another algorithm', () => {
    expect(() => snippet.decryptResource({ ...encryptResource('{}'), algorithm: 'AES_128_CBC' }, TEST_APIV3_KEY)).toThrow('不支持的算法')
  })
})

describe('notifications.md: open-notification', () => {
  let snippet: OpenNotification
  const keys = { [PUB_KEY_ID]: wechatpayKeys.publicKey }
  beforeAll(async () => {
    snippet = await loadSnippet<OpenNotification>('notifications.md', 'open-notification')
  })

  it('verifies and decrypts a notification', () => {
    const { headers, body } = notification(encryptResource(JSON.stringify(transaction)))
    const opened = snippet.openNotification<typeof transaction>(headers, body, keys, TEST_APIV3_KEY)
    expect(opened.event_type).toBe('TRANSACTION.SUCCESS')
    expect(opened.summary).toBe('支付成功')
    expect(opened.resource).toEqual(transaction)
  })

  it('accepts header values given as arrays', () => {
    const { headers, body } = notification(encryptResource('{}'))
    const arrays = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]))
    expect(snippet.openNotification(arrays, body, keys, TEST_APIV3_KEY).resource).toEqual({})
  })

  it('throws a SignatureError for a forged, stale, unknown or missing signature', () => {
    const forged = notification(encryptResource('{}'), { key: rsaKeyPair().privateKey })
    const stale = notification(encryptResource('{}'), { timestamp: Math.floor(Date.now() / 1000) - 600 })
    const fresh = notification(encryptResource('{}'))
    const cases = [
      () => snippet.openNotification(forged.headers, forged.body, keys, TEST_APIV3_KEY),
      () => snippet.openNotification(stale.headers, stale.body, keys, TEST_APIV3_KEY),
      () => snippet.openNotification({ ...fresh.headers, 'wechatpay-serial': 'PUB_KEY_ID_X' }, fresh.body, keys, TEST_APIV3_KEY),
      () => snippet.openNotification({ ...fresh.headers, 'wechatpay-timestamp': 'soon' }, fresh.body, keys, TEST_APIV3_KEY),
      () => snippet.openNotification({}, fresh.body, keys, TEST_APIV3_KEY),
      () => snippet.openNotification(fresh.headers, fresh.body.replace('支付成功', '支付失败'), keys, TEST_APIV3_KEY),
    ]
    for (const open of cases) expect(open).toThrow(snippet.SignatureError)
  })

  it('fails to decrypt with a wrong APIv3 key, with an error that is not a SignatureError', () => {
    const { headers, body } = notification(encryptResource('{}'))
    let error: unknown
    try {
      snippet.openNotification(headers, body, keys, 'Y'.repeat(32))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(snippet.SignatureError)
  })
})
