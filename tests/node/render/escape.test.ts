import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml, escapeMarkdownInline, fenceFor } from '../../../.vitepress/node/render/escape'

/** Text that means something to HTML, Vue, markdown or a replacement pattern. */
const HOSTILE = [
  `<img src=x onerror=alert(1)>`,
  `<b>粗</b>`,
  `<script>alert(1)</script>`,
  `</script>`,
  `{{ 1 + 1 }}`,
  `{{ constructor }}`,
  `a | b`,
  '`反引号`',
  `*强调* _下划线_`,
  `[链接](javascript:alert(1))`,
  `&amp; &lt;`,
  `$1 $& $'`,
  `"双引号" '单引号'`,
  `# 标题 {#id .class}`,
  `第一段\n\n# 第二段`,
]

/** Decodes the few entities the escapes produce, in one pass, as a browser would. */
function decode(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' }
  return html.replace(/&(#\d+|lt|gt|quot|amp);/g, (_, name: string) => (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : named[name]))
}

/** VitePress's own markdown renderer (with its anchors, attributes and containers), as the site uses it. */
let md: MarkdownRenderer
beforeAll(async () => {
  md = await createMarkdownRenderer(import.meta.dirname, { theme: 'github-light' })
}, 60_000)

describe('escapeHtml', () => {
  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text)} as text`, () => {
      const escaped = escapeHtml(text)
      expect(escaped).not.toMatch(/[<>"'{}\n\r]/)
      expect(escaped.replace(/&(?:#\d+|amp|lt|gt|quot);/g, '')).not.toContain('&')
      expect(decode(escaped)).toBe(text)
    })
  }

  it('keeps a blank line from ending the markdown HTML block it stands in', () => {
    const html = md.render(`<p v-pre>${escapeHtml('第一段\n\n*强调* <b>粗</b>')}</p>`)
    expect(html).not.toContain('<em>')
    expect(html).not.toContain('<b>')
    expect(html.trim().split('\n')).toHaveLength(1)
  })
})

describe('escapeMarkdownInline', () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text)} in a heading as the same text`, () => {
      const html = md.render(`## <span v-pre>${escapeMarkdownInline(text)}</span> {#x}`).trim()
      const match = /^<h2 id="x" tabindex="-1"><span v-pre>(.*)<\/span> <a class="header-anchor" href="#x"[^>]*>[^<]*<\/a><\/h2>$/s.exec(html)
      expect(match, html).not.toBeNull()
      // Only text came through: no tag, link or emphasis.
      expect(match![1]).not.toMatch(/<|>/)
      expect(decode(match![1])).toBe(text)
    })
  }

  it('leaves letters and CJK alone', () => {
    expect(escapeMarkdownInline('查询 order 123')).toBe('查询 order 123')
  })
})

describe('fenceFor', () => {
  it('uses three backticks for code without any', () => {
    expect(fenceFor('const a = 1')).toBe('```')
  })

  it('outlasts the longest backtick run in the code', () => {
    expect(fenceFor("const s = '````'")).toBe('`````')
  })
})
