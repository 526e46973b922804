import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { rememberRenders } from '../../../.vitepress/node/markdown/render-memo'

/** A renderer that counts its renders and writes frontmatter and headers into the env, as VitePress's does. */
function countingRenderer() {
  const calls: string[] = []
  const md = {
    render(src: string, env: Record<string, unknown> = {}) {
      calls.push(String(env.relativePath))
      env.frontmatter = { title: 'T', path: '/v3/x' }
      env.headers = [{ level: 2, title: 'H' }]
      return `<p>${src}</p>`
    },
  } as unknown as MarkdownRenderer
  return { md, calls }
}

describe('rememberRenders', () => {
  it("serves a page's second render from the first, env included", () => {
    const { md, calls } = countingRenderer()
    rememberRenders(md, () => false)
    const first: Record<string, unknown> = { relativePath: 'a.md' }
    const html = md.render('# a', first)
    const second: Record<string, unknown> = { relativePath: 'a.md' }
    expect(md.render('# a', second)).toBe(html)
    expect(calls).toEqual(['a.md'])
    expect(second).toEqual(first)
  })

  it('keeps what the render wrote, not what the first pass changed afterwards', () => {
    const { md } = countingRenderer()
    rememberRenders(md, () => false)
    const first: Record<string, unknown> = { relativePath: 'a.md' }
    md.render('# a', first)
    delete (first.frontmatter as Record<string, unknown>).path
    const second: Record<string, unknown> = { relativePath: 'a.md' }
    md.render('# a', second)
    expect(second.frontmatter).toEqual({ title: 'T', path: '/v3/x' })
  })

  it('renders again after the second pass, for changed sources and for bypassed envs', () => {
    const { md, calls } = countingRenderer()
    rememberRenders(md, (env) => env.search === true)
    md.render('# a', { relativePath: 'a.md' })
    md.render('# a', { relativePath: 'a.md' })
    md.render('# a', { relativePath: 'a.md' })
    md.render('# b', { relativePath: 'a.md' })
    md.render('# a', { relativePath: 'a.md', search: true })
    md.render('# a', { relativePath: 'a.md', search: true })
    expect(calls).toEqual(['a.md', 'a.md', 'a.md', 'a.md', 'a.md'])
  })
})
