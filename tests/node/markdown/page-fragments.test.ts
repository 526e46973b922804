import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { createFragmentStore, KEEP_FRAGMENTS, splitFragments } from '../../../.vitepress/node/markdown/page-fragments'
import { markFragment } from '../../../.vitepress/node/render/fragment-marker'
import { FRAGMENT_PART_SEPARATOR } from '../../../.vitepress/shared/page-fragments'

const page = ['<h2 id="request">请求参数</h2>', markFragment('<table><tr><td>appid</td></tr></table>'), '<p>说明</p>', markFragment('<div class="vp-code-group">code</div>')].join('\n')

/** What Vue's server renderer makes of the placeholder component (theme/components/ApiFragment.ts). */
const serverRendered = (html: string) =>
  html.replace(/<ApiFragment src="([^"]+)" part="(\d+)"><\/ApiFragment>/g, '<div class="api-fragment" data-fragment="$1#$2"></div>')

const fakeRenderer = () => ({ render: (src: string) => src }) as unknown as MarkdownRenderer

describe('splitFragments', () => {
  it('replaces each marked block with a placeholder naming the page file and the part', () => {
    const split = splitFragments(page)
    expect(split.parts).toEqual(['<table><tr><td>appid</td></tr></table>', '<div class="vp-code-group">code</div>'])
    expect(split.file).toMatch(/^assets\/fragments\/[0-9a-f]{16}\.html$/)
    expect(split.html).toBe(
      [
        '<h2 id="request">请求参数</h2>',
        `<ApiFragment src="${split.file}" part="0"></ApiFragment>`,
        '<p>说明</p>',
        `<ApiFragment src="${split.file}" part="1"></ApiFragment>`,
      ].join('\n'),
    )
  })

  it('names the file by its content, and leaves a page without marked blocks alone', () => {
    expect(splitFragments(page).file).toBe(splitFragments(page).file)
    expect(splitFragments(page.replace('appid', 'mchid')).file).not.toBe(splitFragments(page).file)
    expect(splitFragments('<p>guide</p>')).toEqual({ html: '<p>guide</p>', parts: [] })
  })
})

describe('createFragmentStore', () => {
  it('puts the parts back into the server-rendered page and writes the file the browser fetches', () => {
    const store = createFragmentStore()
    const md = fakeRenderer()
    store.attach(md)
    const rendered = md.render(page, {})
    expect(rendered).not.toContain('appid')
    expect(store.fill(serverRendered(rendered), 'openapi/x.md')).toBe(
      serverRendered(rendered)
        .replace(/(data-fragment="[^"]+#0">)/, '$1<table><tr><td>appid</td></tr></table>')
        .replace(/(data-fragment="[^"]+#1">)/, '$1<div class="vp-code-group">code</div>'),
    )
    const outDir = mkdtempSync(join(tmpdir(), 'fragments-'))
    store.write(outDir)
    const file = splitFragments(page).file!
    expect(readFileSync(join(outDir, file), 'utf8').split(FRAGMENT_PART_SEPARATOR)).toEqual(splitFragments(page).parts)
  })

  it('keeps the blocks in place when the render asks for it (the search index)', () => {
    const store = createFragmentStore()
    const md = fakeRenderer()
    store.attach(md)
    expect(md.render(page, { [KEEP_FRAGMENTS]: true })).toBe(page)
  })

  it('fails naming the page when a placeholder has no rendered part', () => {
    const store = createFragmentStore()
    expect(() => store.fill('<div class="api-fragment" data-fragment="assets/fragments/0000.html#0"></div>', 'openapi/x.md')).toThrow(
      'openapi/x.md: fragment assets/fragments/0000.html#0 was not rendered in this build',
    )
  })
})
