import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { renderApiIndex } from '../../../.vitepress/node/render/api-index'
import { loadApiPages } from '../../../.vitepress/node/spec/load-pages'
import { productGroups } from '../../../.vitepress/node/site/sidebar'

describe('renderApiIndex', () => {
  it('gives every product line its own heading once rendered, not only the first', () => {
    const specs = [...loadApiPages(join(import.meta.dirname, '../../../docs')).values()].map((page) => page.spec)
    const html = new MarkdownIt({ html: true }).render(renderApiIndex(specs))
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1].replace(/\s*\{#.*\}$/, ''))
    expect(headings).toEqual(productGroups(specs).map((group) => group.name))
    expect(html).not.toContain('## ')
  })
})
