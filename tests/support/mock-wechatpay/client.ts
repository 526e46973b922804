import { Wechatpay } from 'wechatpay-axios-plugin'
import type { MockWechatpay } from './server'

/**
 * The real `wechatpay-axios-plugin` client, configured as the getting-started guide does but with
 * the mock's test keys and address: requests are signed with the merchant key, replies verified
 * with the platform public key.
 */
export function createSdkClient(mock: MockWechatpay): Wechatpay {
  return new Wechatpay({
    mchid: mock.merchant.mchid,
    serial: mock.merchant.serial,
    privateKey: mock.merchant.privateKey,
    certs: { [mock.platform.serial]: mock.platform.publicKey },
    baseURL: mock.url,
    timeout: 10_000,
  })
}

/** The reply of an SDK call, or the error reply when the SDK rejects it (a 4xx from the mock). */
export async function replyOrError(promise: Promise<{ status: number; data: unknown }>): Promise<{ status: number; data: unknown }> {
  try {
    return await promise
  } catch (error) {
    const response = (error as { response?: { status: number; data: unknown } }).response
    if (!response) throw error
    return response
  }
}
