import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

/** The colours of one theme in a fixed order; a colour's index names its CSS class. */
export interface ThemeColours {
  /** The theme's default text colour, upper case (`#24292E`). */
  fg: string
  /** Every token colour the theme can give, upper case, first seen first. */
  colours: string[]
}

/**
 * The colour classes of highlighted code in a light/dark theme pair. A token coloured
 * `--shiki-light:#D73A49;--shiki-dark:#F97583` becomes `class="l5 d5"` (classes `l<i>`/`d<i>` by
 * its index in each theme's colour list), and a token in the default colour loses its span: each
 * code line carries the default pair itself. `css` is the stylesheet that gives the classes back
 * their colours.
 */
export interface CodePalette {
  light: ThemeColours
  dark: ThemeColours
  /** Class for a light colour (upper case), or undefined when the palette does not know it. */
  lightClass(colour: string): string | undefined
  darkClass(colour: string): string | undefined
  /** One class for a light and a dark colour that come from the same rule of both themes. */
  pairClass(light: string, dark: string): string | undefined
  css: string
}

/** The part of a Shiki theme the palette reads: the default colours and the token rules. */
export interface ThemeLike {
  name?: string
  fg?: string
  colors?: Record<string, string>
  settings?: Array<{ settings?: { foreground?: string } }>
  tokenColors?: Array<{ settings?: { foreground?: string } }>
}

function ruleColours(theme: ThemeLike): Array<string | undefined> {
  return [...(theme.tokenColors ?? []), ...(theme.settings ?? [])].map((rule) => rule.settings?.foreground?.toUpperCase())
}

/**
 * Colour pairs of rules that sit at the same place in both themes (github-light and github-dark
 * are written rule for rule), when the two themes have as many rules.
 */
function rulePairs(lightTheme: ThemeLike, darkTheme: ThemeLike): string[] {
  const light = ruleColours(lightTheme)
  const dark = ruleColours(darkTheme)
  if (light.length !== dark.length) return []
  const pairs: string[] = []
  light.forEach((colour, i) => {
    const pair = `${colour}|${dark[i]}`
    if (colour && dark[i] && !pairs.includes(pair)) pairs.push(pair)
  })
  return pairs
}

function themeColours(theme: ThemeLike): ThemeColours {
  const fg = (theme.fg ?? theme.colors?.['editor.foreground'])?.toUpperCase()
  if (!fg) throw new Error(`code palette: theme ${theme.name ?? '(unnamed)'} has no default foreground colour`)
  const colours = [fg]
  for (const rule of [...(theme.tokenColors ?? []), ...(theme.settings ?? [])]) {
    const colour = rule.settings?.foreground?.toUpperCase()
    if (colour && !colours.includes(colour)) colours.push(colour)
  }
  return { fg, colours }
}

/** How the stylesheet shows a theme colour (the identity, or one raised to a contrast ratio). */
export type ColourAdjuster = (colour: string, scheme: 'light' | 'dark') => string

/**
 * Builds the palette of a light and a dark theme (Shiki theme objects). Class names follow the
 * themes' own colours; `adjust` decides the colour each class gets in the stylesheet.
 */
export function createCodePalette(lightTheme: ThemeLike, darkTheme: ThemeLike, adjust: ColourAdjuster = (colour) => colour): CodePalette {
  const light = themeColours(lightTheme)
  const dark = themeColours(darkTheme)
  const classOf = (prefix: string, colours: string[]) => (colour: string) => {
    const index = colours.indexOf(colour.toUpperCase())
    return index < 0 ? undefined : `${prefix}${index.toString(36)}`
  }
  const lightClass = classOf('l', light.colours)
  const darkClass = classOf('d', dark.colours)
  const pairs = rulePairs(lightTheme, darkTheme)
  const pairClass = (lightColour: string, darkColour: string) => {
    const index = pairs.indexOf(`${lightColour.toUpperCase()}|${darkColour.toUpperCase()}`)
    return index < 0 ? undefined : `c${index.toString(36)}`
  }
  // Custom properties inherit: a token without a span, or a span with only one of the two
  // classes, takes the other colour from the block. Text outside any span (lines are not wrapped,
  // see compact-tokens.ts) takes the default colour from the block itself.
  const rules = [
    `.vp-code code{--shiki-light:${adjust(light.fg, 'light')};--shiki-dark:${adjust(dark.fg, 'dark')}}`,
    `html:not(.dark) .vp-doc [class*='language-'] pre.vp-code code{color:var(--shiki-light)}`,
    `.dark .vp-doc [class*='language-'] pre.vp-code code{color:var(--shiki-dark)}`,
    ...light.colours.map((colour) => `.vp-code .${lightClass(colour)}{--shiki-light:${adjust(colour, 'light')}}`),
    ...dark.colours.map((colour) => `.vp-code .${darkClass(colour)}{--shiki-dark:${adjust(colour, 'dark')}}`),
    ...pairs.map((pair, index) => {
      const [lightColour, darkColour] = pair.split('|')
      return `.vp-code .c${index.toString(36)}{--shiki-light:${adjust(lightColour, 'light')};--shiki-dark:${adjust(darkColour, 'dark')}}`
    }),
  ]
  return { light, dark, lightClass, darkClass, pairClass, css: `${rules.join('\n')}\n` }
}

/**
 * Loads two bundled themes from the Shiki that VitePress itself highlights with (not another copy
 * that may be hoisted next to it), so the colours match the ones it emits.
 */
export async function loadCodeThemes<T extends ThemeLike = ThemeLike>(themes: { light: string; dark: string }): Promise<{ light: T; dark: T }> {
  const fromVitepress = createRequire(createRequire(import.meta.url).resolve('vitepress'))
  const shiki = (await import(pathToFileURL(fromVitepress.resolve('shiki')).href)) as {
    bundledThemes: Record<string, () => Promise<{ default: T }>>
  }
  const load = async (name: string) => {
    const theme = shiki.bundledThemes[name]
    if (!theme) throw new Error(`code palette: Shiki has no bundled theme named ${name}`)
    return (await theme()).default
  }
  return { light: await load(themes.light), dark: await load(themes.dark) }
}

/** The palette of two bundled themes (see {@link loadCodeThemes}). */
export async function loadCodePalette(themes: { light: string; dark: string }, adjust?: ColourAdjuster): Promise<CodePalette> {
  const { light, dark } = await loadCodeThemes(themes)
  return createCodePalette(light, dark, adjust)
}
