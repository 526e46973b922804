import type { Schema, WebhookPageSpec } from '../spec/types'
import { checkedSource, type CodeSample } from './code-sample'
import { escapeHtml, fenceFor } from './escape'
import { flattenRows, renderParamsTable } from './params-table'
import { webhookPhpSample, webhookTsSample } from './webhook-code'
import { renderWebhookDownloadLinks } from './download-links'
import { markFragment } from './fragment-marker'
import { renderCodeLabels } from './api-page'

function field(type: Schema['type'], description: string, example: unknown, extra: Partial<Schema> = {}): Schema {
  return { type, description, required: [], properties: {}, enumDescriptions: {}, encrypted: false, example, ...extra }
}

function object(description: string, properties: Record<string, Schema>, required = Object.keys(properties)): Schema {
  return { type: 'object', description, required, properties, enumDescriptions: {}, encrypted: false }
}

/** The headers WeChat Pay signs a notification with, as a table schema. */
export function webhookHeaders(): Schema {
  return object('', {
    'Wechatpay-Timestamp': field('string', '签名时的时间戳（秒）；与本机时间相差过大的通知应拒绝，以防重放', '1722850421'),
    'Wechatpay-Nonce': field('string', '签名用的随机串', 'sqE0LKoyXDDd8qb6rfr5ZJyuxgQKf8uL'),
    'Wechatpay-Signature': field('string', '对 时间戳\\n随机串\\n请求体\\n 的 SHA256-RSA 签名，Base64 编码', 'CtcbzwtQjN8rnOXItEBJ5aQFSnIXESeV28Pr2YEmf9wsDQ8Nx25ytW6FXBCAFdrr0mgqngX3AD9gNzjnNHzSGTPBSsaEkIfhPF4b8YRRTpny88tNLyprXA0GU5ID3DkZHpjFkX1hAp/D0fva2GKjGRLtvYbtUk/OLYqFuzbjt3yOBzJSKQqJsvbXILffgAmX4pKql+Ln+6UPvSCeKwznvtPaEx+9nMBmKu7Wpbqm/+2ksc0XwjD+xlvlECkCxfD/OJ4gN3IurE0fpjxIkvHDiinQmk51BI7zQD8k1znU7r/spPqB+vZjc5ep6DC5wZUpFu5vJ8MoNKjCu8wnzyCFdA=='),
    'Wechatpay-Serial': field('string', '验签所用的微信支付公钥 ID（PUB_KEY_ID_ 开头）或平台证书序列号，据此选择公钥', 'PUB_KEY_ID_0114232134912410000000000000000'),
    'Wechatpay-Signature-Type': field('string', '签名算法', 'WECHATPAY2-SHA256-RSA2048', {
      enum: ['WECHATPAY2-SHA256-RSA2048'],
      enumDescriptions: { 'WECHATPAY2-SHA256-RSA2048': 'SHA256 with RSA 2048 签名' },
    }),
  })
}

/** The notification's JSON body before decryption, with this page's event types and original type. */
export function webhookEnvelope(spec: WebhookPageSpec): Schema {
  const events = spec.events.map((event) => event.type)
  return object('', {
    id: field('string', '通知的唯一 ID；同一通知重发时 ID 不变，据此去重', 'EV-2018022511223320873'),
    create_time: field('string', '通知创建时间，RFC 3339 格式', '2026-11-22T10:34:56+08:00', { format: 'date-time' }),
    event_type: field('string', '通知类型', events[0], {
      enum: events,
      enumDescriptions: Object.fromEntries(spec.events.map((event) => [event.type, event.summary])),
    }),
    resource_type: field('string', '通知数据类型', 'encrypt-resource', { enum: ['encrypt-resource'], enumDescriptions: { 'encrypt-resource': '加密的数据' } }),
    summary: field('string', '回调摘要', spec.events[0].summary),
    resource: object('加密的通知数据，解密后见下一节', {
      algorithm: field('string', '加密算法', 'AEAD_AES_256_GCM', { enum: ['AEAD_AES_256_GCM'], enumDescriptions: { AEAD_AES_256_GCM: 'AES-256-GCM，认证标签附在密文末尾' } }),
      ciphertext: field('string', 'Base64 编码的密文', 'sAD2M1ZQaSPHEPd/VqQvTVl0V7dw0zqYsOkrcPzuF6Yhb9zG…'),
      associated_data: field('string', '附加数据，解密时原样传入；可能为空', spec.originalType),
      nonce: field('string', '加密使用的随机串', 'fdasflkja484'),
      original_type: field('string', '加密前的数据类型', spec.originalType, { enum: [spec.originalType] }),
    }, ['algorithm', 'ciphertext', 'nonce', 'original_type']),
  })
}

function fence(sample: CodeSample): string {
  const source = checkedSource(sample)
  const marker = fenceFor(source)
  return `${marker}${sample.lang}${sample.lang === 'ts' ? ' twoslash' : ''} [${sample.label}]\n${source}\n${marker}`
}

/** What the merchant's server must answer, and how WeChat Pay retries (markdown). */
export const WEBHOOK_REPLY = [
  '商户处理完通知后须在 5 秒内应答：',
  '',
  '- **成功**：返回 HTTP `200` 或 `204`，无需应答体；',
  '- **失败**：返回 `4XX` 或 `5XX`，应答体为 JSON `{"code": "FAIL", "message": "失败原因"}`。',
  '',
  '微信支付未收到成功应答（或超时）时会重发同一通知，间隔依次为 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h，共持续约 24 小时。同一通知可能送达多次，应按 `id` 或业务单号去重、幂等处理；验签或解密失败的通知应按失败应答，不要处理。',
].join('\n')

/**
 * Renders a webhook page: its events, the headers and envelope WeChat Pay posts, the decrypted
 * resource, verify-and-decrypt code in TypeScript and PHP, and the reply contract. The page's own
 * markdown follows.
 */
export function renderWebhookPage(spec: WebhookPageSpec, body = '', options: { forSearch?: boolean } = {}): string {
  const events = spec.events
    .map((event) => `<tr><td><code>${escapeHtml(event.type)}</code></td><td>${escapeHtml(event.summary)}</td><td>${escapeHtml(event.description)}</td></tr>`)
    .join('')
  const out = [
    `<h1 id="top" tabindex="-1" v-pre>${escapeHtml(spec.title)}</h1>`,
    `<p class="api-description" v-pre>${escapeHtml(spec.description)}</p>`,
    '<div class="api-endpoint" v-pre><span class="api-method api-method-post">POST</span><code class="api-path">商户设置的通知地址（notify_url）</code></div>',
    '## 通知类型 {#events}',
    `<div class="api-params" v-pre><table><caption class="api-caption">${escapeHtml(spec.title)}的通知类型</caption><thead><tr><th scope="col">event_type</th><th scope="col">summary</th><th scope="col">含义</th></tr></thead><tbody>${events}</tbody></table></div>`,
    '## 通知请求头 {#headers}',
    markFragment(renderParamsTable(`${spec.title}的请求头`, '请求头', flattenRows(webhookHeaders(), 'headers'))),
    '## 通知请求体 {#envelope}',
    '<p class="api-status" v-pre>请求体为 JSON，业务数据加密在 <code>resource</code> 中：</p>',
    markFragment(renderParamsTable(`${spec.title}的请求体`, '字段', flattenRows(webhookEnvelope(spec), 'envelope'))),
    '## 解密后的 resource {#resource}',
    `<p class="api-status" v-pre>用 APIv3 密钥解密 <code>resource.ciphertext</code> 得到的 JSON（<code>original_type</code> 为 <code>${escapeHtml(spec.originalType)}</code>）：</p>`,
    markFragment(renderParamsTable(`${spec.title}解密后的数据`, '字段', flattenRows(spec.resource, 'resource'))),
    '## 验签与解密 {#samples}',
    '先验签再解密：签名覆盖原始请求体，须在解析 JSON 之前用收到的原文验证。',
    options.forSearch
      ? renderCodeLabels([webhookTsSample(spec), webhookPhpSample()])
      : markFragment(['::: code-group', fence(webhookTsSample(spec)), fence(webhookPhpSample()), ':::'].join('\n\n')),
    '## 应答 {#reply}',
    WEBHOOK_REPLY,
  ]
  if (body.trim()) out.push(body.trim())
  out.push(renderWebhookDownloadLinks(spec))
  out.push(
    '## 官方文档 {#official-docs}',
    `<ul class="api-docs-links" v-pre>${spec.docs
      .map((link) => `<li><a href="${escapeHtml(link.url)}" target="_blank" rel="noreferrer">${escapeHtml(link.title)}：${escapeHtml(link.url)}</a></li>`)
      .join('')}</ul>`,
  )
  return out.join('\n\n') + '\n'
}
