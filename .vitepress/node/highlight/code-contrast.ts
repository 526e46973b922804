/**
 * Raises the contrast of syntax colours in code blocks to WCAG AA (4.5:1). The GitHub themes were
 * made for white and #24292e; on VitePress's code block backgrounds (#f6f6f7, #161618) their
 * keywords and comments fall just short (4.2:1, 3.8:1). Instead of a forked theme, each colour
 * that falls short is mixed toward black (light) or white (dark) just far enough.
 */

/** Backgrounds a code block can sit on, per appearance; a colour must pass on all of them. */
export interface CodeBackgrounds {
  light: string[]
  dark: string[]
}

/** VitePress's code block backgrounds (`--vp-code-block-bg`) and the page backgrounds around them. */
export const VITEPRESS_CODE_BACKGROUNDS: CodeBackgrounds = {
  light: ['#f6f6f7', '#ffffff'],
  dark: ['#161618', '#1b1b1f', '#202127'],
}

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)
  if (!match) return null
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase()
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(parseHex(a)!), luminance(parseHex(b)!)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

/**
 * The colour itself when it reaches `ratio` on every background, else the nearest mix of it with
 * black (`toward: 'black'`) or white that does. Colours that are not `#rgb`/`#rrggbb` pass unchanged.
 */
export function withContrast(color: string, backgrounds: string[], toward: 'black' | 'white', ratio = 4.6): string {
  const rgb = parseHex(color)
  if (!rgb) return color
  const passes = (hex: string) => backgrounds.every((bg) => contrastRatio(hex, bg) >= ratio)
  if (passes(toHex(rgb))) return color
  const end = toward === 'black' ? 0 : 255
  for (let step = 1; step <= 50; step++) {
    const mixed = toHex(rgb.map((c) => c + ((end - c) * step) / 50) as Rgb)
    if (passes(mixed)) return mixed
  }
  return toward === 'black' ? '#000000' : '#FFFFFF'
}

/**
 * A theme colour as the site shows it: raised to AA on every code background of its appearance,
 * toward black in the light theme and toward white in the dark one. Used by the code palette's
 * stylesheet, so the highlighted HTML keeps the themes' own colours as class names.
 */
export function accessibleCodeColour(colour: string, scheme: 'light' | 'dark', backgrounds: CodeBackgrounds = VITEPRESS_CODE_BACKGROUNDS): string {
  return withContrast(colour, backgrounds[scheme], scheme === 'light' ? 'black' : 'white')
}
