import { describe, expect, it } from 'vitest'
import {
  adjustStyle,
  codeContrastTransformer,
  contrastRatio,
  VITEPRESS_CODE_BACKGROUNDS,
  withContrast,
} from '../../../.vitepress/node/markdown/code-contrast'

describe('contrastRatio', () => {
  it('matches the WCAG figures for black, white and grey', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})

describe('withContrast', () => {
  it('leaves a colour that already passes alone', () => {
    expect(withContrast('#24292e', VITEPRESS_CODE_BACKGROUNDS.light, 'black')).toBe('#24292e')
  })

  it('darkens github-light keywords and comments just enough for #f6f6f7', () => {
    for (const color of ['#D73A49', '#6A737D']) {
      const fixed = withContrast(color, VITEPRESS_CODE_BACKGROUNDS.light, 'black')
      expect(fixed).not.toBe(color)
      expect(contrastRatio(fixed, '#f6f6f7')).toBeGreaterThanOrEqual(4.6)
      expect(contrastRatio(fixed, '#f6f6f7')).toBeLessThan(5.2)
    }
  })

  it('lightens github-dark comments for #161618', () => {
    const fixed = withContrast('#6A737D', VITEPRESS_CODE_BACKGROUNDS.dark, 'white')
    expect(contrastRatio(fixed, '#161618')).toBeGreaterThanOrEqual(4.6)
  })

  it('passes colours it cannot read unchanged', () => {
    expect(withContrast('var(--x)', ['#fff'], 'black')).toBe('var(--x)')
  })
})

describe('adjustStyle and the transformer', () => {
  it('rewrites both theme variables and keeps the background variables', () => {
    const style = adjustStyle('--shiki-light:#D73A49;--shiki-dark:#6A737D;--shiki-light-bg:#fff')
    const [, light, dark] = /--shiki-light:(#\w+);--shiki-dark:(#\w+);--shiki-light-bg:#fff/.exec(style)!
    expect(contrastRatio(light, '#f6f6f7')).toBeGreaterThanOrEqual(4.6)
    expect(contrastRatio(dark, '#161618')).toBeGreaterThanOrEqual(4.6)
  })

  it('walks the whole tree of a code block', () => {
    const token = { type: 'element', properties: { style: '--shiki-light:#6A737D;--shiki-dark:#6A737D' }, children: [] }
    const tree = { type: 'root', children: [{ type: 'element', properties: {}, children: [{ type: 'element', children: [token] }] }] }
    codeContrastTransformer().root(tree)
    expect(token.properties.style).not.toContain('#6A737D')
  })
})
