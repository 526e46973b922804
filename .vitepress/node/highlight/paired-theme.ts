/** A TextMate rule of a Shiki theme, as far as pairing reads it. */
export interface ThemeRule {
  scope?: string | string[]
  settings?: { foreground?: string; background?: string; fontStyle?: string }
}

/** A Shiki theme object, as far as pairing reads and writes it. */
export interface PairableTheme {
  name?: string
  type?: string
  fg?: string
  bg?: string
  colors?: Record<string, string>
  tokenColors?: ThemeRule[]
  settings?: ThemeRule[]
}

/** A token as Shiki hands it to a transformer's `tokens` hook. */
interface Token {
  color?: string
  bgColor?: string
  fontStyle?: number
  htmlStyle?: Record<string, string> | string
}

/** The paired theme's name, which Shiki puts on the `<pre>` and the transformer replaces. */
const PAIRED_NAME = 'wechatpay-paired'
const DEFAULT_COLOUR = '#000000'
const VARIANTS = ['light', 'dark'] as const
const FONT_STYLES = [
  [1, 'font-style', 'italic'],
  [2, 'font-weight', 'bold'],
  [4, 'text-decoration', 'underline'],
] as const

/** The part of a Shiki transformer the paired theme needs. */
export interface PairedThemeTransformer {
  name: string
  tokens(lines: Token[][]): void
  pre(node: { properties: Record<string, unknown> }): void
}

/** The part of a Shiki highlighter the paired theme takes over. */
export interface PairableHighlighter {
  loadTheme(theme: never): Promise<void>
  codeToHtml(code: string, options: HighlightOptions): string
}

interface HighlightOptions {
  themes?: Record<string, unknown>
  theme?: unknown
  defaultColor?: unknown
  transformers?: unknown[]
  [option: string]: unknown
}

export interface PairedTheme {
  /** The one theme Shiki tokenizes with: the light theme's rules, each coloured with its own index. */
  theme: PairableTheme & { name: string }
  /**
   * Turns the tokens back into what Shiki's light/dark mode (`defaultColor: false`) writes:
   * `--shiki-light`/`--shiki-dark` styles, and both theme names on the `<pre>`. Must run before
   * any transformer that reads token styles.
   */
  transformer: PairedThemeTransformer
  /**
   * Loads the theme into a highlighter and has its light/dark calls for these two themes
   * (VitePress's, with `defaultColor: false`) tokenize once, with the transformer first.
   */
  install(highlighter: PairableHighlighter, themes: { light: string; dark: string }): Promise<void>
}

function rules(theme: PairableTheme): ThemeRule[] {
  return [...(theme.tokenColors ?? []), ...(theme.settings ?? [])]
}

function sameShape(a: ThemeRule, b: ThemeRule): boolean {
  return (
    JSON.stringify(a.scope) === JSON.stringify(b.scope) &&
    (a.settings?.fontStyle ?? '') === (b.settings?.fontStyle ?? '') &&
    !a.settings?.foreground === !b.settings?.foreground &&
    !a.settings?.background === !b.settings?.background
  )
}

function foregroundOf(theme: PairableTheme): string | undefined {
  return theme.fg ?? theme.colors?.['editor.foreground']
}

/**
 * Highlights for a light and a dark theme at the cost of one. Shiki's light/dark mode tokenizes
 * every block once per theme, half of all highlighting time. When the two themes are written rule
 * for rule (same scopes, same font styles, as github-light and github-dark are), the rule that
 * colours a token is the same in both; a theme whose rule i has a colour naming i tells which,
 * and so both colours. Returns undefined for themes that do not pair this way.
 */
export function pairThemes(light: PairableTheme, dark: PairableTheme): PairedTheme | undefined {
  const lightRules = rules(light)
  const darkRules = rules(dark)
  const lightFg = foregroundOf(light)
  const darkFg = foregroundOf(dark)
  if (!lightFg || !darkFg || lightRules.length !== darkRules.length || !lightRules.every((rule, i) => sameShape(rule, darkRules[i]))) return undefined
  const foregrounds = new Map<string, [string, string]>([[DEFAULT_COLOUR, [lightFg.toUpperCase(), darkFg.toUpperCase()]]])
  const backgrounds = new Map<string, [string, string]>()
  const tokenColors = lightRules.map((rule, i): ThemeRule => {
    const own = `#${(i + 1).toString(16).padStart(6, '0')}`.toUpperCase()
    const settings = { ...rule.settings }
    const darkSettings = darkRules[i].settings ?? {}
    if (settings.foreground) {
      foregrounds.set(own, [settings.foreground.toUpperCase(), darkSettings.foreground!.toUpperCase()])
      settings.foreground = own
    }
    if (settings.background) {
      backgrounds.set(own, [settings.background.toUpperCase(), darkSettings.background!.toUpperCase()])
      settings.background = own
    }
    return { ...rule, settings }
  })
  const theme = {
    name: PAIRED_NAME,
    type: 'light',
    colors: { 'editor.foreground': DEFAULT_COLOUR, 'editor.background': '#FFFFFF' },
    tokenColors,
  }
  /** A token's style in one theme, keyed and ordered as Shiki's own (`getTokenStyleObject`). */
  const styleIn = (token: Token, variant: 0 | 1): Record<string, string> => {
    const style: Record<string, string> = {}
    const colour = foregrounds.get((token.color ?? DEFAULT_COLOUR).toUpperCase())
    if (!colour) throw new Error(`paired theme: token colour ${token.color} names no rule`)
    style.color = colour[variant]
    if (token.bgColor) {
      const background = backgrounds.get(token.bgColor.toUpperCase())
      if (!background) throw new Error(`paired theme: token background ${token.bgColor} names no rule`)
      style['background-color'] = background[variant]
    }
    // Shiki's FontStyle.NotSet is -1, which has every bit set
    const fontStyle = Math.max(token.fontStyle ?? 0, 0)
    for (const [bit, property, value] of FONT_STYLES) if ((fontStyle & bit) !== 0) style[property] = value
    return style
  }
  const names = ['shiki-themes', light.name ?? 'light', dark.name ?? 'dark']
  const paired: PairedTheme = {
    theme,
    transformer: {
      name: 'wechatpay-docs:paired-theme',
      tokens(lines) {
        for (const line of lines) {
          for (const token of line) {
            const styles = [styleIn(token, 0), styleIn(token, 1)]
            const keys = new Set(styles.flatMap((style) => Object.keys(style)))
            const merged: Record<string, string> = {}
            styles.forEach((style, i) => {
              for (const key of keys) {
                const suffix = key === 'color' ? '' : key === 'background-color' ? '-bg' : `-${key}`
                merged[`--shiki-${VARIANTS[i]}${suffix}`] = style[key] ?? 'inherit'
              }
            })
            token.htmlStyle = merged
          }
        }
      },
      pre(node) {
        const value = node.properties.class
        const classes = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/).filter(Boolean)
        node.properties.class = classes.flatMap((name) => (name === PAIRED_NAME ? names : [name]))
      },
    },
    async install(highlighter, themes) {
      await highlighter.loadTheme(theme as never)
      const codeToHtml = highlighter.codeToHtml.bind(highlighter)
      highlighter.codeToHtml = (code, options) => {
        const { themes: asked, defaultColor, ...rest } = options
        const dual = asked && asked.light === themes.light && asked.dark === themes.dark && Object.keys(asked).length === 2
        if (!dual || defaultColor !== false) return codeToHtml(code, options)
        return codeToHtml(code, { ...rest, theme: PAIRED_NAME, transformers: [paired.transformer, ...(options.transformers ?? [])] })
      }
    },
  }
  return paired
}
