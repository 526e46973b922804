import type { Plugin } from 'vite'
import type { CodePalette } from './code-palette'

/** The module the theme imports to get the colour classes of highlighted code. */
export const CODE_PALETTE_MODULE = 'virtual:code-palette.css'
const RESOLVED = `\0${CODE_PALETTE_MODULE}`

/**
 * A Vite plugin serving the palette's stylesheet as `virtual:code-palette.css`. The stylesheet is
 * derived from the themes alone (not from the pages), so it is complete before any page renders.
 */
export function paletteCssPlugin(palette: CodePalette): Plugin {
  return {
    name: 'wechatpay-docs:code-palette',
    resolveId(id) {
      return id === CODE_PALETTE_MODULE ? RESOLVED : undefined
    },
    load(id) {
      return id === RESOLVED ? palette.css : undefined
    },
  }
}
