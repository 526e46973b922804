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
