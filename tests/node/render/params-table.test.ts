import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { requestRows } from '../../../.vitepress/node/render/params-table'
import { renderApiPage } from '../../../.vitepress/node/render/api-page'
import { renderWebhookPage } from '../../../.vitepress/node/render/webhook-page'
import { loadApiPages, loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import type { Schema } from '../../../.vitepress/node/spec/types'

const field = (description: string): Schema =>
  ({ type: 'string', description, example: 'x', properties: {}, required: [], enumDescriptions: {}, encrypted: false })
const object = (properties: Record<string, Schema>): Schema =>
  ({ type: 'object', description: '', properties, required: [], enumDescriptions: {}, encrypted: false })

describe('requestRows anchors', () => {
  it('keeps body fields at request.<name> and moves only a colliding one under request.json', () => {
    const rows = requestRows(
      [
        { name: 'path', label: '路径参数', schema: object({ stock_id: field('批次号') }), flat: true },
        { name: 'json', label: '请求体', schema: object({ stock_id: field('批次号'), memo: field('备注') }), fieldIds: 'request' },
      ],
      'request',
    )
    expect(rows.map((row) => row.id)).toEqual(['request.stock_id', 'request.json', 'request.json.stock_id', 'request.memo'])
  })

  it('refuses two rows with one anchor, naming the anchor', () => {
    expect(() =>
      requestRows(
        [
          { name: 'path', label: '路径参数', schema: object({ query: field('名为 query 的路径参数') }), flat: true },
          { name: 'query', label: '查询参数', schema: object({ limit: field('条数') }) },
        ],
        'request',
      ),
    ).toThrow('request.query: two fields of the page would share this anchor')
  })
})

const docs = join(import.meta.dirname, '../../../docs')

function duplicateIds(html: string): string[] {
  const ids = [...html.matchAll(/ id="([^"]+)"|\{#([^}]+)\}/g)].map((match) => match[1] ?? match[2])
  expect(ids.length).toBeGreaterThan(1)
  return ids.filter((id, index) => ids.indexOf(id) !== index)
}

describe('anchors of the real pages', () => {
  for (const { spec, body } of loadApiPages(docs).values()) {
    it(`${spec.file}: every id is unique`, () => {
      expect(duplicateIds(renderApiPage(spec, body))).toEqual([])
    })
  }
  for (const { spec, body } of loadWebhookPages(docs).values()) {
    it(`${spec.file}: every id is unique`, () => {
      expect(duplicateIds(renderWebhookPage(spec, body))).toEqual([])
    })
  }
})
