import type { WebhookPageSpec } from '../spec/types'
import { pascalCase } from './call-path'
import { appendLines, declareInterface, indent, jsdoc, type Lines } from './type-expression'

/** The namespace of the declaration that holds the webhook types. */
export const WEBHOOKS_NAMESPACE = 'Webhooks'

/** The type names of one webhook page, from its file name: `refund.md` → `RefundNotification`, `RefundResource`. */
export function webhookTypeNames(spec: Pick<WebhookPageSpec, 'file'>): { notification: string; resource: string } {
  const base = pascalCase(spec.file.replace(/^.*\//, '').replace(/\.md$/, ''))
  return { notification: `${base}Notification`, resource: `${base}Resource` }
}

function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

const COMMON: Lines = [
  ...jsdoc(['通知请求体中加密的 `resource`：AEAD_AES_256_GCM，密钥为 APIv3 密钥']),
  'export interface EncryptedResource<OriginalType extends string = string> {',
  ...indent([
    ...jsdoc(['加密算法']), `algorithm: 'AEAD_AES_256_GCM'`,
    ...jsdoc(['Base64 编码的密文（末尾 16 字节为认证标签）']), 'ciphertext: string',
    ...jsdoc(['附加数据，解密时原样传入（可能为空）']), 'associated_data?: string',
    ...jsdoc(['加密使用的随机串（IV）']), 'nonce: string',
    ...jsdoc(['加密前的数据类型']), 'original_type: OriginalType',
  ]),
  '}',
  '',
  ...jsdoc(['回调通知的请求体（解密前）']),
  'export interface Notification<EventType extends string = string, OriginalType extends string = string> {',
  ...indent([
    ...jsdoc(['通知的唯一 ID，重复通知的 ID 相同，可用于去重']), 'id: string',
    ...jsdoc(['通知创建时间，RFC 3339 格式']), 'create_time: string',
    ...jsdoc(['通知类型']), 'event_type: EventType',
    ...jsdoc(['通知数据类型']), `resource_type: 'encrypt-resource'`,
    ...jsdoc(['回调摘要']), 'summary: string',
    ...jsdoc(['加密的通知数据']), 'resource: EncryptedResource<OriginalType>',
  ]),
  '}',
]

/**
 * The `Webhooks` namespace of the SDK declaration: the envelope every notification shares, and for
 * each webhook page its notification type (event types narrowed) and its decrypted resource.
 */
export function declareWebhooks(webhooks: readonly WebhookPageSpec[]): Lines {
  if (webhooks.length === 0) return []
  const body: Lines = [...COMMON]
  for (const spec of [...webhooks].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const names = webhookTypeNames(spec)
    const events = spec.events.map((event) => literal(event.type)).join(' | ')
    body.push('')
    appendLines(body, jsdoc([`${spec.title}：通知请求体`, spec.events.map((e) => `- \`${e.type}\`：${e.summary}`).join('\n')]))
    body.push(`export type ${names.notification} = Notification<${events}, ${literal(spec.originalType)}>`, '')
    appendLines(body, jsdoc([`${spec.title}：解密后的 resource`]), declareInterface(names.resource, spec.resource))
  }
  return [...jsdoc(['回调通知：通知请求体与解密后的数据']), `export namespace ${WEBHOOKS_NAMESPACE} {`, ...indent(body), '}']
}
