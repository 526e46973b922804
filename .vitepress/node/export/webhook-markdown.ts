import type { WebhookPageSpec } from '../spec/types'
import { flattenRows } from '../render/params-table'
import { fenceFor } from '../render/escape'
import { webhookEnvelope, webhookHeaders, WEBHOOK_REPLY } from '../render/webhook-page'
import { webhookPhpSample, webhookTsSample } from '../render/webhook-code'
import { codeSpan, markdownTable, tableCell } from './page-markdown'

/**
 * The plain-markdown version of a webhook page: its events, the signed headers, the envelope, the
 * decrypted resource, the verify-and-decrypt code in both languages and the reply contract.
 */
export function renderWebhookMarkdown(spec: WebhookPageSpec, body = ''): string {
  const events = ['| event_type | summary | 含义 |', '| --- | --- | --- |']
  for (const event of spec.events) events.push(`| ${[codeSpan(event.type), event.summary, event.description].map(tableCell).join(' | ')} |`)
  const out: string[] = [
    `# ${spec.title}`,
    spec.description,
    '微信支付以 `POST` 请求把通知发到商户设置的通知地址（notify_url）。',
    '## 通知类型',
    events.join('\n'),
    '## 通知请求头',
    markdownTable('请求头', flattenRows(webhookHeaders(), 'headers')),
    '## 通知请求体',
    markdownTable('字段', flattenRows(webhookEnvelope(spec), 'envelope')),
    '## 解密后的 resource',
    `用 APIv3 密钥解密 \`resource.ciphertext\` 得到的 JSON（\`original_type\` 为 ${codeSpan(spec.originalType)}）：`,
    markdownTable('字段', flattenRows(spec.resource, 'resource')),
    '## 验签与解密',
  ]
  for (const sample of [webhookTsSample(spec), webhookPhpSample()]) {
    const fence = fenceFor(sample.code)
    out.push(`**${sample.label}**`, `${fence}${sample.lang}\n${sample.code}\n${fence}`)
  }
  out.push('## 应答', WEBHOOK_REPLY)
  if (body.trim()) out.push(body.trim())
  if (spec.docs.length > 0) out.push('## 官方文档', spec.docs.map((link) => `- [${link.title}](${link.url})`).join('\n'))
  return out.join('\n\n') + '\n'
}
