import type { Element, ElementContent, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { createCodePalette, loadCodePalette } from '../../../.vitepress/node/highlight/code-palette'
import { compactTokensTransformer } from '../../../.vitepress/node/highlight/compact-tokens'

const palette = createCodePalette(
  { fg: '#24292e', tokenColors: [{ settings: { foreground: '#d73a49' } }, { settings: { foreground: '#032f62' } }] },
  { fg: '#e1e4e8', tokenColors: [{ settings: { foreground: '#f97583' } }, { settings: { foreground: '#9ecbff' } }] },
)
const DEFAULT = '--shiki-light:#24292E;--shiki-dark:#E1E4E8;'
const KEYWORD = '--shiki-light:#D73A49;--shiki-dark:#F97583;'
const STRING = '--shiki-light:#032F62;--shiki-dark:#9ECBFF;'

const text = (value: string): ElementContent => ({ type: 'text', value })
const token = (style: string, ...children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: { style }, children })
const span = (properties: Element['properties'], ...children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties, children })

/** A `pre > code > span.line` tree around the given tokens, compacted, and its line returned. */
function compactLine(...tokens: ElementContent[]): Element {
  const line = span({ class: 'line' }, ...tokens)
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [line] }] }],
  }
  compactTokensTransformer(palette).root(tree)
  return line
}

describe('compactTokensTransformer', () => {
  it('leaves lines unwrapped: their tokens and the newlines between them sit in the code element', () => {
    const code: Element = {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [span({ class: 'line' }, token(KEYWORD, text('const')), token(DEFAULT, text(' a'))), text('\n'), span({ class: 'line' }), text('\n'), span({ class: 'line' }, token(STRING, text("'b'")))],
    }
    compactTokensTransformer(palette).root({ type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] })
    expect(code.children).toEqual([span({ class: 'c0' }, text('const')), text(' a'), text('\n'), text('\n'), span({ class: 'c1' }, text("'b'"))])
  })
})

describe('createCodePalette', () => {
  it('gives each theme colour a class and the default pair to every line', () => {
    expect(palette.lightClass('#d73a49')).toBe('l1')
    expect(palette.darkClass('#9ECBFF')).toBe('d2')
    expect(palette.lightClass('#123456')).toBeUndefined()
    expect(palette.css).toContain('.vp-code code{--shiki-light:#24292E;--shiki-dark:#E1E4E8}')
    expect(palette.css).toContain(".dark .vp-doc [class*='language-'] pre.vp-code code{color:var(--shiki-dark)}")
    expect(palette.css).toContain('.vp-code .l1{--shiki-light:#D73A49}')
    expect(palette.css).toContain('.vp-code .d2{--shiki-dark:#9ECBFF}')
    expect(palette.pairClass('#032f62', '#9ecbff')).toBe('c1')
    expect(palette.pairClass('#032F62', '#F97583')).toBeUndefined()
    expect(palette.css).toContain('.vp-code .c1{--shiki-light:#032F62;--shiki-dark:#9ECBFF}')
  })

  it('keeps class names from the theme colours and writes the adjusted colour in the stylesheet', () => {
    const adjusted = createCodePalette(
      { fg: '#24292e', tokenColors: [{ settings: { foreground: '#d73a49' } }] },
      { fg: '#e1e4e8', tokenColors: [{ settings: { foreground: '#f97583' } }] },
      (colour, scheme) => (scheme === 'light' ? '#000000' : colour),
    )
    expect(adjusted.lightClass('#D73A49')).toBe('l1')
    expect(adjusted.css).toContain('.vp-code .l1{--shiki-light:#000000}')
    expect(adjusted.css).toContain('.vp-code .d1{--shiki-dark:#F97583}')
    expect(adjusted.css).toContain('.vp-code .c0{--shiki-light:#000000;--shiki-dark:#F97583}')
  })

  it('reads the themes VitePress highlights with', async () => {
    const real = await loadCodePalette({ light: 'github-light', dark: 'github-dark' })
    expect(real.light.fg).toBe('#24292E')
    expect(real.dark.fg).toBe('#E1E4E8')
    expect(real.lightClass('#D73A49')).toMatch(/^l\w+$/)
    // keywords and strings: the pairs most code uses get one class each
    expect(real.pairClass('#D73A49', '#F97583')).toMatch(/^c\w+$/)
    expect(real.pairClass('#032F62', '#9ECBFF')).toMatch(/^c\w+$/)
  })
})

describe('compactTokensTransformer', () => {
  it('turns inline colours into classes and leaves default-coloured text bare', () => {
    const line = compactLine(token(KEYWORD, text('const')), token(DEFAULT, text(' a = ')), token(STRING, text("'x'")))
    expect(line.children).toEqual([span({ class: 'c0' }, text('const')), text(' a = '), span({ class: 'c1' }, text("'x'"))])
  })

  it('merges neighbours of one colour, whitespace between them included, and drops empty tokens', () => {
    const line = compactLine(token(KEYWORD, text('await')), token(DEFAULT, text(' ')), token(KEYWORD, text('new')), token(STRING, text('')), token(DEFAULT, text('x')))
    expect(line.children).toEqual([span({ class: 'c0' }, text('await new')), text('x')])
  })

  it('keeps only the class of the side that differs from the default colour', () => {
    const line = compactLine(token('--shiki-light:#D73A49;--shiki-dark:#E1E4E8;', text('x')))
    expect(line.children).toEqual([span({ class: 'l1' }, text('x'))])
  })

  it('uses one class per theme for a pair that no rule of both themes gives', () => {
    const line = compactLine(token('--shiki-light:#D73A49;--shiki-dark:#9ECBFF;', text('x')))
    expect(line.children).toEqual([span({ class: 'l1 d2' }, text('x'))])
  })

  it('leaves tokens it does not understand as they were', () => {
    const italic = token(`${KEYWORD}--shiki-light-font-style:italic`, text('// note'))
    const unknown = token('--shiki-light:#123456;--shiki-dark:#E1E4E8;', text('y'))
    const line = compactLine(italic, unknown)
    expect(line.children).toEqual([italic, unknown])
  })

  it('moves a token colour onto the twoslash hover span inside it, and keeps hovers apart', () => {
    const hover = (name: string) => span({ class: 'tw-hover', 'data-type': `const ${name}: string` }, text(name))
    const line = compactLine(token(KEYWORD, text('const ')), token(STRING, hover('a')), token(DEFAULT, hover('b')), token(DEFAULT, hover('c')))
    expect(line.children).toEqual([
      span({ class: 'c0' }, text('const ')),
      span({ class: ['tw-hover', 'c1'], 'data-type': 'const a: string' }, text('a')),
      span({ class: 'tw-hover', 'data-type': 'const b: string' }, text('b')),
      span({ class: 'tw-hover', 'data-type': 'const c: string' }, text('c')),
    ])
  })
})
