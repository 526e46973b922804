import { createSign, createVerify, randomBytes } from 'node:crypto'
import type { TestKeyPair, TestMerchant } from './keys'

/** The scheme of the `Authorization` header of every APIv3 request. */
export const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048'

/** How far a request's timestamp may be from the server's clock, in seconds, as WeChat Pay allows. */
export const MAX_CLOCK_SKEW = 300

/** The fields of an `Authorization` header, by name. */
export type AuthorizationFields = Partial<Record<'mchid' | 'nonce_str' | 'timestamp' | 'serial_no' | 'signature', string>>

/** The signed message of a request: `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`, URL with its query string. */
export function requestMessage(method: string, url: string, timestamp: string, nonce: string, body: string): string {
  return `${method}\n${url}\n${timestamp}\n${nonce}\n${body}\n`
}

/** The signed message of a reply: `TIMESTAMP\nNONCE\nBODY\n`. */
export function responseMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`
}

/** SHA256-with-RSA signature of a message, base64. */
export function sign(message: string, privateKey: string): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64')
}

/** Whether a base64 SHA256-with-RSA signature matches the message. */
export function verify(message: string, signature: string, publicKey: string): boolean {
  return createVerify('RSA-SHA256').update(message).verify(publicKey, signature, 'base64')
}

/** Splits `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",…` into its fields; undefined for another scheme. */
export function parseAuthorization(header: string): AuthorizationFields | undefined {
  const space = header.indexOf(' ')
  if (space < 0 || header.slice(0, space) !== AUTH_SCHEME) return undefined
  const fields: Record<string, string> = {}
  for (const match of header.slice(space + 1).matchAll(/\s*([a-z_]+)="([^"]*)"\s*(?:,|$)/g)) fields[match[1]] = match[2]
  return fields
}

/** What a request carries that its signature covers. */
export interface SignedRequest {
  method: string
  /** Path and query, exactly as sent. */
  url: string
  body: string
  authorization: string | undefined
}

/**
 * Checks a request's `Authorization` header as WeChat Pay does: the scheme, every field present,
 * the merchant id and certificate serial known, the timestamp within five minutes, and the
 * signature made with the merchant's private key. Returns one line per problem.
 */
export function checkAuthorization(request: SignedRequest, merchant: TestMerchant, now = Date.now()): string[] {
  if (!request.authorization) return ['Authorization: missing']
  const fields = parseAuthorization(request.authorization)
  if (!fields) return [`Authorization: expected the ${AUTH_SCHEME} scheme, got ${JSON.stringify(request.authorization.split(' ')[0])}`]
  const problems: string[] = []
  for (const name of ['mchid', 'nonce_str', 'timestamp', 'serial_no', 'signature'] as const) {
    if (!fields[name]) problems.push(`Authorization: ${name} is missing`)
  }
  if (problems.length > 0) return problems
  if (fields.mchid !== merchant.mchid) problems.push(`Authorization: mchid ${fields.mchid} is not the test merchant ${merchant.mchid}`)
  if (fields.serial_no !== merchant.serial) problems.push(`Authorization: serial_no ${fields.serial_no} is not the test merchant's certificate serial`)
  const skew = Math.abs(Math.floor(now / 1000) - Number(fields.timestamp))
  if (!/^\d+$/.test(fields.timestamp!) || skew > MAX_CLOCK_SKEW) problems.push(`Authorization: timestamp ${fields.timestamp} is not within ${MAX_CLOCK_SKEW} s of now`)
  const message = requestMessage(request.method, request.url, fields.timestamp!, fields.nonce_str!, request.body)
  if (!verify(message, fields.signature!, merchant.publicKey)) {
    problems.push(`Authorization: the signature does not match ${JSON.stringify(message)} with the merchant's key`)
  }
  return problems
}

/** The headers WeChat Pay signs a reply with, for a body (the empty string for none). */
export function signatureHeaders(body: string, platform: TestKeyPair, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000))
  const nonce = randomBytes(16).toString('hex').toUpperCase()
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': sign(responseMessage(timestamp, nonce, body), platform.privateKey),
    'Wechatpay-Serial': platform.serial,
  }
}
