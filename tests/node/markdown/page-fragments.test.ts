import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MarkdownRenderer } from 'vitepress'
import { createFragmentStore, KEEP_FRAGMENTS, splitFragments } from '../../../.vitepress/node/markdown/page-fragments'
import { markFragment } from '../../../.vitepress/node/render/fragment-marker'
import { FRAGMENT_DIR, FRAGMENT_PART_SEPARATOR } from '../../../.vitepress/shared/page-fragments'

const table = '<table><tr><td>appid</td></tr></table>'
const code = '<div class="vp-code-group">code</div>'
const hovers = '<div class="tw-hovers" hidden><i data-type="string"></i></div>'
const page = ['<h2 id="request">请求参数</h2>', markFragment(table), '<p>说明</p>', markFragment(code), markFragment(hovers, { lazy: true })].join('\n')

/** What Vue's server renderer makes of the placeholder component (theme/components/ApiFragment.ts). */
const serverRendered = (html: string) =>
  html
    .replace(/<ApiFragment src="([^"]+)" part="(\d+)"><\/ApiFragment>/g, '<div class="api-fragment" data-fragment="$1#$2"></div>')
    .replace(/<ApiFragment src="([^"]+)" part="(\d+)" lazy><\/ApiFragment>/g, '<div class="api-fragment" data-fragment="$1#$2" data-lazy></div>')

const fakeRenderer = () => ({ render: (src: string) => src }) as unknown as MarkdownRenderer

describe('splitFragments', () => {
  it('replaces each marked block with a placeholder naming its file and part, lazy blocks in a file of their own', () => {
    const split = splitFragments(page)
    const [[eager, eagerParts], [lazy, lazyParts]] = [...split.files]
    expect(eagerParts).toEqual([table, code])
    expect(lazyParts).toEqual([hovers])
    expect(eager).toMatch(/^assets\/fragments\/[0-9a-f]{16}\.html$/)
    expect(lazy).toMatch(/^assets\/fragments\/[0-9a-f]{16}\.lazy\.html$/)
    expect(split.html).toBe(
      [
        '<h2 id="request">请求参数</h2>',
        `<ApiFragment src="${eager}" part="0"></ApiFragment>`,
        '<p>说明</p>',
        `<ApiFragment src="${eager}" part="1"></ApiFragment>`,
        `<ApiFragment src="${lazy}" part="0" lazy></ApiFragment>`,
      ].join('\n'),
    )
  })

  it('moves the code of a code group’s hidden tabs to a third file, named in the blocks it left empty', () => {
    const tab = (lang: string, code: string, active = '') =>
      `<div class="language-${lang} vp-adaptive-theme${active}"><button title="Copy Code" class="copy"></button><span class="lang">${lang}</span><pre class="shiki" v-pre=""><code>${code}</code></pre></div>`
    const codeGroup = `<div class="vp-code-group"><div class="blocks">${tab('ts', 'const a = 1', ' active')}${tab('php', '$a = 1;')}</div></div>`
    const split = splitFragments([markFragment(table), markFragment(codeGroup)].join('\n'))
    const [[eager, eagerParts], [deferred, deferredParts]] = [...split.files].sort(([a], [b]) => (a.endsWith('.code.html') ? 1 : b.endsWith('.code.html') ? -1 : 0))
    expect(eager).toMatch(/^assets\/fragments\/[0-9a-f]{16}\.html$/)
    expect(deferred).toMatch(/^assets\/fragments\/[0-9a-f]{16}\.code\.html$/)
    expect(deferredParts).toEqual(['$a = 1;'])
    expect(eagerParts[1]).toContain('<code>const a = 1</code>')
    expect(eagerParts[1]).toContain(`<code data-deferred="${deferred}#0"></code>`)
    expect(eagerParts[1]).not.toContain('$a = 1;')
  })

  it('names files by their content, and leaves a page without marked blocks alone', () => {
    const names = (html: string) => [...splitFragments(html).files.keys()]
    expect(names(page)).toEqual(names(page))
    expect(names(page.replace('appid', 'mchid'))[0]).not.toBe(names(page)[0])
    expect(names(page.replace('appid', 'mchid'))[1]).toBe(names(page)[1])
    expect(splitFragments('<p>guide</p>')).toEqual({ html: '<p>guide</p>', files: new Map() })
  })
})

describe('createFragmentStore', () => {
  it('puts the parts back into the server-rendered page, all but the lazy one, and writes the files the browser fetches', () => {
    const store = createFragmentStore()
    const md = fakeRenderer()
    store.attach(md)
    const rendered = serverRendered(md.render(page, {}))
    expect(rendered).not.toContain('appid')
    expect(store.fill(rendered, 'openapi/x.md')).toBe(
      rendered.replace(/(data-fragment="[^"]+#0">)/, `$1${table}`).replace(/(data-fragment="[^"]+#1">)/, `$1${code}`),
    )
    const outDir = mkdtempSync(join(tmpdir(), 'fragments-'))
    store.write(outDir)
    for (const [file, parts] of splitFragments(page).files) {
      expect(readFileSync(join(outDir, file), 'utf8').split(FRAGMENT_PART_SEPARATOR)).toEqual(parts)
    }
  })

  it('fills in text holding replacement patterns ($&, $1, $\') as it is', () => {
    const store = createFragmentStore()
    const md = fakeRenderer()
    store.attach(md)
    const text = "<p>$&#123;x} $& $1 $' $`</p>"
    const rendered = serverRendered(md.render(markFragment(text), {}))
    expect(store.fill(rendered, 'openapi/x.md')).toBe(rendered.replace('"></div>', `">${text}</div>`.replace(/\$/g, '$$$$')))
  })

  it('gives a rendered file\'s content for the dev server to serve', () => {
    const store = createFragmentStore()
    const md = fakeRenderer()
    store.attach(md)
    md.render(page, { relativePath: 'openapi/x.md' })
    for (const [file, parts] of splitFragments(page).files) expect(store.read(file)).toBe(parts.join(FRAGMENT_PART_SEPARATOR))
    expect(store.read(`${FRAGMENT_DIR}/0000.html`)).toBeUndefined()
  })

  it('live, lets go of the files a page no longer names once it is rendered again, unless another page names them', () => {
    const store = createFragmentStore(undefined, { live: true })
    const md = fakeRenderer()
    store.attach(md)
    const edited = page.replace('appid', 'mchid')
    const [first, firstLazy] = [...splitFragments(page).files.keys()]
    const [second, secondLazy] = [...splitFragments(edited).files.keys()]
    expect(secondLazy).toBe(firstLazy)
    md.render(page, { relativePath: 'openapi/x.md' })
    md.render(page, { relativePath: 'openapi/y.md' })
    md.render(edited, { relativePath: 'openapi/x.md' })
    // y.md still names the first render's files
    expect(store.read(first)).toBeDefined()
    expect(store.read(second)).toBeDefined()
    md.render(edited, { relativePath: 'openapi/y.md' })
    expect(store.read(first)).toBeUndefined()
    expect(store.read(second)).toBeDefined()
    expect(store.read(secondLazy)).toBeDefined()
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

  it('with a staging folder, writes only new files there, links them into the output and deletes those no page uses', () => {
    const stageDir = mkdtempSync(join(tmpdir(), 'fragments-stage-'))
    const build = (source: string) => {
      const store = createFragmentStore(stageDir)
      const md = fakeRenderer()
      store.attach(md)
      md.render(source, {})
      const outDir = mkdtempSync(join(tmpdir(), 'fragments-out-'))
      store.write(outDir)
      return outDir
    }
    const first = build(page)
    const [eager, lazy] = [...splitFragments(page).files.keys()]
    const staged = (file: string) => statSync(join(stageDir, file))
    const lazyBefore = staged(lazy)
    expect(statSync(join(first, eager)).ino).toBe(staged(eager).ino)

    const edited = page.replace('appid', 'mchid')
    const second = build(edited)
    const [editedEager] = [...splitFragments(edited).files.keys()]
    expect(readFileSync(join(second, editedEager), 'utf8').split(FRAGMENT_PART_SEPARATOR)).toEqual([table.replace('appid', 'mchid'), code])
    // the unchanged lazy file is the one written before, and the first build's output is untouched
    expect(staged(lazy).ino).toBe(lazyBefore.ino)
    expect(staged(lazy).mtimeMs).toBe(lazyBefore.mtimeMs)
    expect(existsSync(join(stageDir, eager))).toBe(false)
    expect(readdirSync(join(stageDir, FRAGMENT_DIR)).sort()).toEqual([editedEager, lazy].map((file) => file.slice(FRAGMENT_DIR.length + 1)).sort())
    expect(readFileSync(join(first, eager), 'utf8').split(FRAGMENT_PART_SEPARATOR)).toEqual([table, code])
  })
})
