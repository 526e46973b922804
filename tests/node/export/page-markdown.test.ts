import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codeSpan, markdownTable, renderPageMarkdown, tableCell } from '../../../.vitepress/node/export/page-markdown'
import { fixturePages } from './fixtures'

describe('renderPageMarkdown', () => {
  for (const page of fixturePages()) {
    const name = page.spec.file.split('/').pop()!
    it(`renders ${name} as its expected markdown`, async () => {
      await expect(renderPageMarkdown(page.spec, page.body)).toMatchFileSnapshot(join(import.meta.dirname, '__expected__/pages', name))
    })
  }

  it('has the title, the endpoint, a table row per field and every code variant', () => {
    const page = fixturePages().find((p) => p.spec.file.endsWith('json-body-nested-array.md'))!
    const text = renderPageMarkdown(page.spec, page.body)
    expect(text.startsWith(`# ${page.spec.title}\n`)).toBe(true)
    expect(text).toContain('`POST /v3/industry-coupon/tokens`')
    expect(text).toMatch(/^\| `json` › `coupon_list` › `stock_id` \| `integer` \| 是 \|/m)
    expect(text.match(/^```(ts|php)$/gm)).toHaveLength(9)
  })
})

describe('markdown table cells', () => {
  it('escapes pipes and folds line breaks', () => {
    expect(tableCell('a|b\nc')).toBe('a\\|b c')
  })

  it('keeps backticks inside a code span', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x')).toBe('`` `x ``')
  })

  it('puts a pipe in a description into one cell', () => {
    const schema = { type: 'string' as const, description: '甲|乙', required: [], properties: {}, enumDescriptions: {}, encrypted: false, example: 'x|y' }
    const table = markdownTable('参数', [{ id: 'a', name: 'a', parents: [], depth: 0, schema, required: true }])
    const row = table.split('\n')[2]
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6)
    expect(row).toContain('甲\\|乙')
  })
})
