import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { checkedSource, type CodeSample } from './code-sample'
import { escapeHtml, escapeMarkdownInline, fenceFor } from './escape'
import { flattenRows, renderParamsTable, requestRows, type ParamGroup } from './params-table'
import { renderPhpVariants } from './php-variants'
import { renderTsVariants } from './ts-variants'
import { renderDownloadLinks } from './download-links'
import { downloadNotice, multipartSchema } from './transfer-parts'
import { markFragment } from './fragment-marker'

/** Renderers of the code group's tabs, in tab order. A new language or style is one more entry. */
export const CODE_RENDERERS: ReadonlyArray<(page: ApiPageSpec, operation: OperationSpec) => CodeSample[]> = [
  renderTsVariants,
  renderPhpVariants,
]

/** Anchor of an operation: `post`, or the bare section ids on single-operation pages. */
function anchorPrefix(page: ApiPageSpec, operation: OperationSpec): string {
  return page.operations.length > 1 ? `${operation.method.toLowerCase()}-` : ''
}

/** The request table's groups (path, query, headers, JSON or multipart body), in table order. */
export function requestGroups(operation: OperationSpec, idBase: string): ParamGroup[] {
  const { request } = operation
  const groups: ParamGroup[] = []
  if (request.path) groups.push({ name: 'path', label: '路径参数', schema: request.path, flat: true })
  if (request.query) groups.push({ name: 'query', label: '查询参数（TypeScript 中为 config 的 params）', schema: request.query })
  if (request.headers) groups.push({ name: 'headers', label: '请求头', schema: request.headers })
  if (request.body) {
    groups.push({
      name: 'json',
      label: '请求体，JSON 格式（TypeScript 中为调用方法的第一个参数 data）',
      schema: request.body,
      fieldIds: idBase,
    })
  }
  if (request.multipart) {
    groups.push({
      name: 'body',
      label: 'multipart/form-data 请求体（TypeScript 中为 Multipart 表单，PHP 中为 MediaUtil 的文件流），请求签名只覆盖 meta',
      schema: multipartSchema(request.multipart),
    })
  }
  return groups
}

function fence(sample: CodeSample): string {
  const source = checkedSource(sample)
  const marker = fenceFor(source)
  const twoslash = sample.lang === 'ts' ? ' twoslash' : ''
  return `${marker}${sample.lang}${twoslash} [${sample.label}]\n${source}\n${marker}`
}

/** The code group of one operation: every renderer's samples as tabs. */
export function renderCodeGroup(page: ApiPageSpec, operation: OperationSpec): string {
  const samples = CODE_RENDERERS.flatMap((render) => render(page, operation))
  return ['::: code-group', ...samples.map(fence), ':::'].join('\n\n')
}

/**
 * What the search index keeps of a code group: its tab names. The index leaves code out, so the
 * page is rendered for it without highlighting or type-checking a single block.
 */
export function renderCodeGroupLabels(page: ApiPageSpec, operation: OperationSpec): string {
  return renderCodeLabels(CODE_RENDERERS.flatMap((render) => render(page, operation)))
}

/** The tab names of a code group's samples, as one paragraph (see {@link renderCodeGroupLabels}). */
export function renderCodeLabels(samples: readonly CodeSample[]): string {
  return `<p class="api-code-labels" v-pre>${samples.map((sample) => escapeHtml(sample.label)).join(' ')}</p>`
}

/** How a page is rendered: for readers, or for the search index (see {@link renderCodeGroupLabels}). */
export interface RenderOptions {
  forSearch?: boolean
}

function renderOperation(page: ApiPageSpec, operation: OperationSpec, options: RenderOptions): string[] {
  const prefix = anchorPrefix(page, operation)
  const level = page.operations.length > 1 ? '###' : '##'
  const out: string[] = []
  if (page.operations.length > 1) {
    // A markdown heading (not raw HTML), so that the outline and the search see it; the title is
    // entity-encoded against markdown syntax and the span keeps Vue away from its braces.
    out.push(`## <span v-pre>${escapeMarkdownInline(operation.title)}</span> {#${operation.method.toLowerCase()}}`, `<p v-pre>${escapeHtml(operation.description)}</p>`)
  }
  out.push(
    `<div class="api-endpoint" v-pre><span class="api-method api-method-${operation.method.toLowerCase()}">${operation.method}</span><code class="api-path">${escapeHtml(page.path)}</code></div>`,
  )
  const idBase = `${prefix.replace(/-$/, '.')}request`
  const groups = requestGroups(operation, idBase)
  out.push(`${level} 请求参数 {#${prefix}request}`)
  out.push(
    groups.length > 0
      ? markFragment(renderParamsTable(`${operation.title}的请求参数`, '请求参数', requestRows(groups, idBase)))
      : '<p class="api-empty">本接口无请求参数。</p>',
  )
  out.push(`${level} 示例代码 {#${prefix}samples}`)
  out.push('示例中的 `wxpay`（TypeScript）与 `$instance`（PHP）是按[快速开始](/guide/getting-started)创建的客户端实例。')
  out.push(options.forSearch ? renderCodeGroupLabels(page, operation) : markFragment(renderCodeGroup(page, operation)))
  out.push(`${level} 返回字典 {#${prefix}response}`)
  const { response } = operation
  if (response.body) {
    const responseIds = `${prefix.replace(/-$/, '.')}response`
    out.push(
      `<p class="api-status">成功时返回 HTTP 状态码 <code>${response.status}</code>，应答体为 JSON：</p>`,
      markFragment(renderParamsTable(`${operation.title}的返回字典`, '返回字典', flattenRows(response.body, responseIds))),
    )
  } else if (response.download) {
    out.push(downloadNotice(response.status, response.download))
  } else {
    out.push(`<p class="api-status">成功时返回 HTTP 状态码 <code>${response.status}</code>，无应答体。</p>`)
  }
  return out
}

/**
 * Renders the markdown of an API page from its spec: title, description, endpoint, parameter
 * tables, the code group and the official links. The page's own markdown body follows.
 */
export function renderApiPage(page: ApiPageSpec, body = '', options: RenderOptions = {}): string {
  const out: string[] = [
    `<h1 id="top" tabindex="-1" v-pre>${escapeHtml(page.title)}</h1>`,
    `<p class="api-description" v-pre>${escapeHtml(page.description)}</p>`,
    ...page.operations.flatMap((operation) => renderOperation(page, operation, options)),
  ]
  if (body.trim()) out.push(body.trim())
  out.push(
    '## 官方文档 {#official-docs}',
    `<ul class="api-docs-links" v-pre>${page.docs
      .map((link) => `<li><a href="${escapeHtml(link.url)}" target="_blank" rel="noreferrer">${escapeHtml(link.title)}：${escapeHtml(link.url)}</a></li>`)
      .join('')}</ul>`,
    renderDownloadLinks(page),
  )
  return out.join('\n\n') + '\n'
}
