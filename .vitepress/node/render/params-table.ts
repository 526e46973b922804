import type { Schema } from '../spec/types'
import { escapeHtml } from './escape'

/** One row of a parameter table: a field at some depth under its parents. */
export interface ParamRow {
  /** Stable anchor, e.g. `request.coupon_list.stock_id`. */
  id: string
  name: string
  /** Names of the ancestors, outermost first. */
  parents: string[]
  depth: number
  schema: Schema
  required: boolean
}

/** The type as the tables write it: `object[]`, `integer`, `string[]`. */
export function typeLabel(schema: Schema): string {
  if (schema.type === 'array') return `${typeLabel(schema.items!)}[]`
  return schema.type
}

/** Flattens a schema's properties into rows, depth first; array items contribute their properties. */
export function flattenRows(schema: Schema, idPrefix: string, parents: string[] = [], depth = 0): ParamRow[] {
  const container = schema.type === 'array' ? innermostItems(schema) : schema
  if (container.type !== 'object') return []
  return Object.entries(container.properties).flatMap(([name, field]) => {
    const id = `${idPrefix}.${name}`
    const row: ParamRow = { id, name, parents, depth, schema: field, required: container.required.includes(name) }
    return [row, ...flattenRows(field, id, [...parents, name], depth + 1)]
  })
}

function innermostItems(schema: Schema): Schema {
  return schema.type === 'array' ? innermostItems(schema.items!) : schema
}

/** A group row of a request table: the key the PHP SDK takes (`json`, `query`, …) and what it holds. */
export interface ParamGroup {
  name: string
  label: string
  schema: Schema
  /** Path parameters are listed at the top level rather than under a group row. */
  flat?: boolean
  /** Anchor prefix of the group's fields when it differs from the group row's own (the JSON body's). */
  fieldIds?: string
}

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function descriptionCell(row: ParamRow): string {
  const { schema } = row
  const parts = [escapeHtml(schema.description)]
  if (schema.encrypted) {
    parts.push('<span class="api-note">加密字段：须用微信支付公钥（或平台证书）加密后传入，并在请求头 <code>Wechatpay-Serial</code> 中给出所用公钥的 ID（或平台证书的序列号）。</span>')
  }
  if (schema.enum) {
    const values = schema.enum
      .map((value) => {
        const meaning = schema.enumDescriptions[String(value)]
        return `<li><code>${escapeHtml(String(value))}</code>${meaning ? `：${escapeHtml(meaning)}` : ''}</li>`
      })
      .join('')
    parts.push(`<span class="api-enum-label">可选值：</span><ul class="api-enum">${values}</ul>`)
  }
  if (schema.example !== undefined && schema.type !== 'object' && schema.type !== 'array') {
    parts.push(`<span class="api-example">示例值：<code>${escapeHtml(exampleText(schema.example))}</code></span>`)
  }
  return parts.join(' ')
}

/** A field name that narrow columns wrap after an underscore (`merchant_goods_|id`) rather than mid-word. */
function breakableName(name: string): string {
  return escapeHtml(name).replace(/_/g, '_<wbr>')
}

function renderRow(row: ParamRow): string {
  const { schema } = row
  const badges = [
    row.required ? '<span class="api-badge api-badge-required">必填</span>' : '',
    schema.encrypted ? '<span class="api-badge api-badge-encrypted">加密</span>' : '',
  ]
    .filter(Boolean)
    // spaces between the words, so that without CSS they read 必填 加密, not 必填加密
    .join(' ')
  const parentPath = row.parents.length > 0
    ? `<span class="api-parent">${row.parents.map(escapeHtml).join(' › ')} › </span>`
    : ''
  const format = schema.format ? ` <span class="api-format">${escapeHtml(schema.format)}</span>` : ''
  const id = escapeHtml(row.id)
  return [
    `<tr id="${id}" class="api-row api-depth-${Math.min(row.depth, 8)}">`,
    `<td class="api-name"><a class="api-anchor" href="#${id}" aria-label="链接到 ${id}">#</a>${parentPath}<code>${breakableName(row.name)}</code>${badges ? ` ${badges}` : ''}</td>`,
    `<td class="api-type"><code>${escapeHtml(typeLabel(schema))}</code>${format}</td>`,
    `<td class="api-desc">${descriptionCell(row)}</td>`,
    '</tr>',
  ].join('')
}

/**
 * Renders a parameter table as HTML. Nesting shows as indentation, and also as text (the parent
 * names before the field) for readers without CSS; required and encrypted fields carry a word, not
 * only a colour. The wrapper is `v-pre`, so nothing in a description reaches Vue's template compiler.
 */
export function renderParamsTable(caption: string, heading: string, rows: ParamRow[]): string {
  return [
    `<div class="api-params" v-pre>`,
    `<table>`,
    `<caption class="api-caption">${escapeHtml(caption)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(heading)}</th><th scope="col">类型</th><th scope="col">描述</th></tr></thead>`,
    `<tbody>`,
    ...rows.map(renderRow),
    `</tbody>`,
    `</table>`,
    `</div>`,
  ].join('\n')
}

/**
 * Rows of a request table. Path parameters stand at the top level, as in the PHP options array;
 * query, headers and body each get a group row named by the key the PHP SDK uses. Body fields keep
 * the short anchor (`request.stock_name`) unless a path parameter or group row already holds it;
 * then that field and its children move under the body's group row (`request.json.stock_id`), so
 * every anchor on a page stays unique and the common case stays short.
 */
export function requestRows(groups: ParamGroup[], idPrefix: string): ParamRow[] {
  const rows: ParamRow[] = []
  for (const group of groups) {
    if (group.flat) {
      rows.push(...flattenRows(group.schema, idPrefix))
      continue
    }
    const id = `${idPrefix}.${group.name}`
    const groupSchema: Schema = { ...group.schema, description: group.label }
    rows.push({ id, name: group.name, parents: [], depth: 0, schema: groupSchema, required: group.schema.required.length > 0 })
    const fields = flattenRows(group.schema, group.fieldIds ?? id, [group.name], 1)
    const taken = new Set(rows.map((row) => row.id))
    rows.push(...(group.fieldIds ? moveTakenFields(fields, group.fieldIds, id, taken) : fields))
  }
  return assertUniqueIds(rows)
}

/** Rewrites the anchors of top-level fields (and their children) whose short anchor is taken. */
function moveTakenFields(fields: ParamRow[], shortPrefix: string, groupPrefix: string, taken: Set<string>): ParamRow[] {
  let moving = false
  return fields.map((row) => {
    if (row.depth === 1) moving = taken.has(row.id)
    if (!moving) return row
    return { ...row, id: `${groupPrefix}${row.id.slice(shortPrefix.length)}` }
  })
}

/** Anchors are links readers share; two rows with one anchor would make one of them unreachable. */
function assertUniqueIds(rows: ParamRow[]): ParamRow[] {
  const seen = new Set<string>()
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`${row.id}: two fields of the page would share this anchor`)
    seen.add(row.id)
  }
  return rows
}
