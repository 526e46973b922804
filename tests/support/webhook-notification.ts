import { createCipheriv, createSign, randomBytes } from 'node:crypto'

/** What a merchant's server receives: headers (lower-case names) and the raw body. */
export interface ReceivedNotification {
  headers: Record<string, string>
  body: string
}

/**
 * A notification as WeChat Pay sends one: the resource encrypted with AES-256-GCM under the APIv3
 * key (tag appended, Base64, `associated_data` = the original type), the body signed with the
 * platform's private key over `timestamp\nnonce\nbody\n`.
 */
export function createNotification(options: {
  eventType: string
  summary: string
  originalType: string
  resource: unknown
  apiV3Key: string
  platform: { serial: string; privateKey: string }
  timestamp?: number
}): ReceivedNotification {
  const nonce = randomBytes(6).toString('hex')
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(options.apiV3Key), Buffer.from(nonce)).setAAD(Buffer.from(options.originalType))
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(options.resource), 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64')
  const body = JSON.stringify({
    id: 'EV-2018022511223320873',
    create_time: '2026-11-22T10:34:56+08:00',
    resource_type: 'encrypt-resource',
    event_type: options.eventType,
    summary: options.summary,
    resource: { original_type: options.originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: options.originalType, nonce },
  })
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const signNonce = randomBytes(16).toString('hex')
  const signature = createSign('RSA-SHA256').update(`${timestamp}\n${signNonce}\n${body}\n`).sign(options.platform.privateKey, 'base64')
  return {
    headers: {
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': signNonce,
      'wechatpay-signature': signature,
      'wechatpay-serial': options.platform.serial,
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
      'content-type': 'application/json',
    },
    body,
  }
}
