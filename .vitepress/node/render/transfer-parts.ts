import type { DownloadSpec, MultipartSpec, Schema } from '../spec/types'
import { escapeHtml } from './escape'

function sizeText(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} 字节`
}

/**
 * The parts of an upload as a schema the parameter table can show: `file` (binary, with the
 * accepted media types and size) and `meta` (the JSON object the signature covers).
 */
export function multipartSchema(multipart: MultipartSpec): Schema {
  const { file, meta } = multipart
  const limits = [`支持 ${file.contentTypes.join('、')}`, ...(file.maxBytes ? [`不超过 ${sizeText(file.maxBytes)}`] : [])]
  const filePart: Schema = {
    type: 'string',
    format: 'binary',
    description: `${file.description}（${limits.join('，')}）。表单中带文件名与 Content-Type 的一部分`,
    required: [],
    properties: {},
    enumDescriptions: {},
    encrypted: false,
    example: file.filename,
  }
  const metaPart: Schema = {
    ...meta,
    description: `${meta.description || '文件的元信息'}。表单中 Content-Type 为 application/json 的一部分，也是请求签名的内容`,
  }
  return {
    type: 'object',
    description: '',
    required: ['file', 'meta'],
    properties: { file: filePart, meta: metaPart },
    enumDescriptions: {},
    encrypted: false,
  }
}

/** The response section of a download: a file, not JSON, and not signed. */
export function downloadNotice(status: number, download: DownloadSpec): string {
  return [
    `<p class="api-status" v-pre>成功时返回 HTTP 状态码 <code>${status}</code>，应答体是文件流（<code>${escapeHtml(download.contentType)}</code>），不是 JSON。</p>`,
    `<p class="api-download" v-pre>${escapeHtml(download.description)}</p>`,
    '<p class="api-note" v-pre>文件下载的应答不带 <code>Wechatpay-Signature</code> 等签名头，无需也无法验签：两个 SDK 对下载地址都跳过验签。</p>',
  ].join('\n')
}
