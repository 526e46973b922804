import type { ApiPageSpec, OperationSpec, Schema } from '../spec/types'
import { CODE_RENDERERS, requestGroups } from '../render/api-page'
import { flattenRows, requestRows, typeLabel, type ParamRow } from '../render/params-table'
import { fenceFor } from '../render/escape'
import { operationId } from './operation-id'

/** Text for a table cell: pipes escaped, line breaks folded, since a cell is one line. */
export function tableCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ')
}

/** An inline code span that no backtick inside can close. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${text}${pad}${ticks}`
}

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function describe(schema: Schema): string {
  const parts = [schema.description]
  if (schema.encrypted) parts.push('（须用微信支付公钥或平台证书加密，并在请求头 `Wechatpay-Serial` 给出其序列号）')
  if (schema.enum) {
    const values = schema.enum.map((value) => {
      const meaning = schema.enumDescriptions[String(value)]
      return `${codeSpan(String(value))}${meaning ? `：${meaning}` : ''}`
    })
    parts.push(`可选值：${values.join('；')}。`)
  }
  if (schema.example !== undefined && schema.type !== 'object' && schema.type !== 'array') {
    parts.push(`示例值：${codeSpan(exampleText(schema.example))}`)
  }
  return parts.filter(Boolean).join(' ')
}

/** A parameter table as a markdown table; nesting shows as the parents' names before the field. */
export function markdownTable(heading: string, rows: ParamRow[]): string {
  const lines = [`| ${heading} | 类型 | 必填 | 描述 |`, '| --- | --- | --- | --- |']
  for (const row of rows) {
    const name = [...row.parents, row.name].map(codeSpan).join(' › ')
    const type = typeLabel(row.schema) + (row.schema.format ? ` (${row.schema.format})` : '')
    const flags = [row.required ? '是' : '否', row.schema.encrypted ? '加密' : ''].filter(Boolean).join('，')
    lines.push(`| ${[name, codeSpan(type), flags, describe(row.schema)].map(tableCell).join(' | ')} |`)
  }
  return lines.join('\n')
}

function operationMarkdown(page: ApiPageSpec, operation: OperationSpec, several: boolean): string[] {
  const level = several ? '###' : '##'
  const out: string[] = []
  if (several) out.push(`## ${operation.title}`, operation.description)
  out.push(`${codeSpan(`${operation.method} ${page.path}`)}（operationId：${codeSpan(operationId(page, operation))}）`)
  const rows = requestRows(requestGroups(operation, 'request'), 'request')
  out.push(`${level} 请求参数`, rows.length > 0 ? markdownTable('参数', rows) : '本接口无请求参数。')
  out.push(`${level} 示例代码`)
  for (const sample of CODE_RENDERERS.flatMap((render) => render(page, operation))) {
    const fence = fenceFor(sample.code)
    out.push(`**${sample.label}**`, `${fence}${sample.lang}\n${sample.code}\n${fence}`)
  }
  out.push(`${level} 返回字典`)
  const { response } = operation
  if (response.body) {
    out.push(`成功时返回 HTTP 状态码 ${response.status}，应答体为 JSON：`, markdownTable('字段', flattenRows(response.body, 'response')))
  } else {
    out.push(`成功时返回 HTTP 状态码 ${response.status}，无应答体。`)
  }
  return out
}

/**
 * The plain-markdown version of an API page, for tools and language models: title, description,
 * method and path, parameter tables as markdown tables, every code variant as a fenced block, the
 * page's own notes and the official links. Written from the spec, like the HTML page.
 */
export function renderPageMarkdown(page: ApiPageSpec, body = ''): string {
  const several = page.operations.length > 1
  const out: string[] = [`# ${page.title}`, page.description]
  for (const operation of page.operations) out.push(...operationMarkdown(page, operation, several))
  if (body.trim()) out.push(body.trim())
  if (page.docs.length > 0) out.push('## 官方文档', page.docs.map((link) => `- [${link.title}](${link.url})`).join('\n'))
  return out.join('\n\n') + '\n'
}
