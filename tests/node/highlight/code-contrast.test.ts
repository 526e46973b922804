import { describe, expect, it } from 'vitest'
import {
  accessibleCodeColour,
  contrastRatio,
  VITEPRESS_CODE_BACKGROUNDS,
  withContrast,
} from '../../../.vitepress/node/highlight/code-contrast'

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

describe('accessibleCodeColour', () => {
  it('raises each appearance against its own backgrounds, in its own direction', () => {
    const light = accessibleCodeColour('#6A737D', 'light')
    const dark = accessibleCodeColour('#6A737D', 'dark')
    expect(contrastRatio(light, '#f6f6f7')).toBeGreaterThanOrEqual(4.6)
    expect(contrastRatio(dark, '#161618')).toBeGreaterThanOrEqual(4.6)
    expect(contrastRatio(light, '#000000')).toBeLessThan(contrastRatio('#6A737D', '#000000'))
    expect(contrastRatio(dark, '#ffffff')).toBeLessThan(contrastRatio('#6A737D', '#ffffff'))
  })
})
