import { join } from 'node:path'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { renderApiIndex } from '../../../.vitepress/node/render/api-index'
import { loadApiPages } from '../../../.vitepress/node/spec/load-pages'
import { productGroups } from '../../../.vitepress/node/site/sidebar'

describe('renderApiIndex', () => {
  it('gives every product line its own heading once rendered, not only the first', async () => {
    const specs = [...loadApiPages(join(import.meta.dirname, '../../../docs')).values()].map((page) => page.spec)
    // VitePress's own renderer, as the site renders the index page
    const md = await createMarkdownRenderer(import.meta.dirname, { theme: 'github-light' })
    const html = md.render(renderApiIndex(specs))
    const headings = [...html.matchAll(/<h2 id="[^"]*" tabindex="-1">([^<]*)<a/g)].map((m) => m[1].trim())
    expect(headings).toEqual(productGroups(specs).map((group) => group.name))
    expect(html).not.toContain('## ')
  })
})
