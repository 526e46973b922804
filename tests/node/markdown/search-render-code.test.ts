import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from 'vitepress'
import { SEARCH_RENDER } from '../../../.vitepress/node/markdown/api-page-plugin'
import { skipCodeInSearchRenders } from '../../../.vitepress/node/markdown/search-render-code'
import { splitIntoSections } from '../../../.vitepress/node/search/split-sections'

const PAGE = '# 签名\n\n计算签名的步骤。\n\n::: code-group\n\n```ts [TypeScript]\nconst signature = sign(message)\n```\n\n```php [PHP]\n$signature = sign($message);\n```\n\n:::\n'

describe('skipCodeInSearchRenders', () => {
  it('leaves code out of a render for the search index, and only there', async () => {
    const highlighted: string[] = []
    const md = await createMarkdownRenderer(process.cwd(), {
      codeTransformers: [{ preprocess: (code: string) => void highlighted.push(code) }],
      config: (md) => skipCodeInSearchRenders(md),
    })
    const forSearch = md.render(PAGE, { [SEARCH_RENDER]: true })
    expect(highlighted).toEqual([])
    expect(forSearch).not.toContain('signature')
    expect(forSearch).toContain('计算签名的步骤')
    const page = md.render(PAGE, {})
    expect(highlighted).toHaveLength(2)
    expect(page).toContain('signature')
    // the index gets the same words, less the language labels of the code blocks
    const text = (html: string) => [...splitIntoSections(html)].map((section) => section.text.replace(/\s+/g, ' ').trim())
    expect(text(forSearch)).toEqual(['计算签名的步骤。 TypeScript PHP'])
    expect(text(page)).toEqual(['计算签名的步骤。 TypeScript PHP ts php'])
  })
})
