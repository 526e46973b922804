import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource } from '../../../.vitepress/node/spec/load-pages'
import { renderApiPage } from '../../../.vitepress/node/render/api-page'

const fixtures = join(import.meta.dirname, 'fixtures')

describe('renderApiPage', () => {
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.md'))) {
    it(`renders ${name} as its expected markdown`, async () => {
      const loaded = parseApiSource(readFileSync(join(fixtures, name), 'utf8'), name)
      expect(loaded).toBeDefined()
      await expect(renderApiPage(loaded!.spec, loaded!.body)).toMatchFileSnapshot(join(fixtures, '__expected__', name))
    })
  }

  it('renders a page for the search index with its tables and tab names but no code', () => {
    const loaded = parseApiSource(readFileSync(join(fixtures, 'several-methods.md'), 'utf8'), 'several-methods.md')!
    const full = renderApiPage(loaded.spec, loaded.body)
    const forSearch = renderApiPage(loaded.spec, loaded.body, { forSearch: true })
    expect(full).toContain('```ts twoslash')
    expect(forSearch).not.toContain('```')
    expect(forSearch.match(/<p class="api-code-labels" v-pre>TypeScript 纯链式 TypeScript 声明式 TypeScript 属性式 PHP 异步纯链式/g)).toHaveLength(loaded.spec.operations.length)
    const tables = (markdown: string) => markdown.match(/<table>[\s\S]*?<\/table>/g)
    expect(tables(forSearch)).toEqual(tables(full))
  })
})
