import type { WebhookPageSpec } from '../spec/types'
import { DECLARATION_MODULE } from '../sdk/generate-declaration'
import { WEBHOOKS_NAMESPACE, webhookTypeNames } from '../sdk/webhook-types'
import type { CodeSample } from './code-sample'

/** How far a notification's timestamp may be from the merchant's clock, in seconds. */
export const WEBHOOK_MAX_SKEW = 300

/**
 * What the TypeScript sample takes as given, hidden from the reader (the visible comment says what
 * each is): the request as the merchant's server received it, the platform keys and the APIv3 key.
 */
export const WEBHOOK_TS_PRELUDE = [
  '/// <reference types="node" />',
  'declare const headers: Record<string, string>',
  'declare const body: string',
  'declare const platformPublicKeys: Record<string, string>',
  'declare const apiV3Key: string',
  '',
].join('\n')

/** Verify the signature over `timestamp\nnonce\nbody\n`, then decrypt the resource, with the Node SDK's helpers. */
export function webhookTsSample(spec: WebhookPageSpec): CodeSample {
  const names = webhookTypeNames(spec)
  return {
    label: 'TypeScript',
    lang: 'ts',
    hiddenPrelude: WEBHOOK_TS_PRELUDE,
    code: [
      `import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin'`,
      `import type { ${WEBHOOKS_NAMESPACE} } from '${DECLARATION_MODULE}'`,
      '',
      '// headers：通知的请求头，名称小写（如 Node.js 的 req.headers）',
      '// body：原始请求体字符串，验签须用原文',
      '// platformPublicKeys：以序列号为键的微信支付公钥（或平台证书）',
      '// apiV3Key：APIv3 密钥',
      '',
      '// 1. 验签：签名串为 时间戳\\n随机串\\n请求体\\n，',
      '//    用 Wechatpay-Serial 对应的公钥验证',
      `const timestamp = headers['wechatpay-timestamp']`,
      `const nonce = headers['wechatpay-nonce']`,
      `const serial = headers['wechatpay-serial']`,
      `const signature = headers['wechatpay-signature']`,
      `if (Math.abs(Date.now() / 1000 - Number(timestamp)) > ${WEBHOOK_MAX_SKEW}) {`,
      `  throw new Error('通知的时间戳与本机时间相差超过 5 分钟，拒绝处理')`,
      '}',
      'const publicKey = platformPublicKeys[serial]',
      'if (!publicKey) throw new Error(`未知的 Wechatpay-Serial：${serial}`)',
      'if (!Rsa.verify(Formatter.joinedByLineFeed(timestamp, nonce, body), signature, publicKey)) {',
      `  throw new Error('通知的签名无效')`,
      '}',
      '',
      '// 2. 解密：AEAD_AES_256_GCM，密钥为 APIv3 密钥，associated_data 原样传入',
      `const notification: ${WEBHOOKS_NAMESPACE}.${names.notification} = JSON.parse(body)`,
      'const { ciphertext, nonce: iv, associated_data } = notification.resource',
      `const resource: ${WEBHOOKS_NAMESPACE}.${names.resource} = JSON.parse(Aes.AesGcm.decrypt(ciphertext, apiV3Key, iv, associated_data ?? ''))`,
      'console.log(notification.event_type, resource)',
    ].join('\n'),
  }
}

/** The same with the PHP SDK's `Rsa`, `AesGcm` and `Formatter`. */
export function webhookPhpSample(): CodeSample {
  return {
    label: 'PHP',
    lang: 'php',
    code: [
      'use WeChatPay\\Crypto\\AesGcm;',
      'use WeChatPay\\Crypto\\Rsa;',
      'use WeChatPay\\Formatter;',
      '',
      '// $headers：通知的请求头，名称小写；$body：原始请求体字符串，验签须用原文',
      '// $platformPublicKeys：以序列号为键的公钥，如',
      "//   Rsa::from('file:///path/to/pub_key.pem', Rsa::KEY_TYPE_PUBLIC)",
      '// $apiv3Key：APIv3 密钥',
      '',
      '// 1. 验签：签名串为 时间戳\\n随机串\\n请求体\\n，',
      '//    用 Wechatpay-Serial 对应的公钥验证',
      "$timestamp = $headers['wechatpay-timestamp'] ?? '';",
      "$nonce = $headers['wechatpay-nonce'] ?? '';",
      "$serial = $headers['wechatpay-serial'] ?? '';",
      "$signature = $headers['wechatpay-signature'] ?? '';",
      `if (abs(Formatter::timestamp() - (int) $timestamp) > ${WEBHOOK_MAX_SKEW}) {`,
      "    throw new UnexpectedValueException('通知的时间戳与本机时间相差超过 5 分钟，拒绝处理');",
      '}',
      'if (!isset($platformPublicKeys[$serial])) {',
      '    throw new UnexpectedValueException("未知的 Wechatpay-Serial：{$serial}");',
      '}',
      'if (!Rsa::verify(Formatter::joinedByLineFeed($timestamp, $nonce, $body), $signature, $platformPublicKeys[$serial])) {',
      "    throw new UnexpectedValueException('通知的签名无效');",
      '}',
      '',
      '// 2. 解密：AEAD_AES_256_GCM，密钥为 APIv3 密钥，associated_data 原样传入',
      '$notification = json_decode($body, true);',
      "$encrypted = $notification['resource'];",
      "$resource = json_decode(AesGcm::decrypt($encrypted['ciphertext'], $apiv3Key, $encrypted['nonce'], $encrypted['associated_data'] ?? ''), true);",
      "echo $notification['event_type'], PHP_EOL;",
      'print_r($resource);',
    ].join('\n'),
  }
}
