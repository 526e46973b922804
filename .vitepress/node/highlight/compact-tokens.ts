import type { Element, ElementContent, Root } from 'hast'
import type { CodePalette } from './code-palette'

/** What a Shiki transformer needs here; typed loosely so both Shiki majors in the tree accept it. */
export interface CompactTokensTransformer {
  name: string
  root(hast: Root): void
}

/** A whitespace-only token: its colour cannot be seen, so it joins whichever run it touches. */
const ANY = Symbol('any colour')
type Run = { colour: string | typeof ANY; text: string }

function classList(node: Element): string[] {
  const value = node.properties?.class
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}

/**
 * The colour classes of a Shiki token span (`''` for the default colour), or undefined when the
 * span is not a plain token (other attributes, font styles, a colour outside the palette).
 */
function tokenColour(node: Element, palette: CodePalette): string | undefined {
  const keys = Object.keys(node.properties ?? {})
  if (keys.length !== 1 || keys[0] !== 'style' || typeof node.properties.style !== 'string') return undefined
  let light: string | undefined
  let dark: string | undefined
  for (const declaration of node.properties.style.split(';')) {
    if (!declaration.trim()) continue
    const [name, value = ''] = declaration.split(':').map((part) => part.trim())
    if (name === '--shiki-light') light = value.toUpperCase()
    else if (name === '--shiki-dark') dark = value.toUpperCase()
    else return undefined
  }
  if (!light || !dark) return undefined
  const pair = light !== palette.light.fg && dark !== palette.dark.fg ? palette.pairClass(light, dark) : undefined
  if (pair) return pair
  const lightClass = light === palette.light.fg ? '' : palette.lightClass(light)
  const darkClass = dark === palette.dark.fg ? '' : palette.darkClass(dark)
  if (lightClass === undefined || darkClass === undefined) return undefined
  return [lightClass, darkClass].filter(Boolean).join(' ')
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

function emit(run: Run): ElementContent {
  const text: ElementContent = { type: 'text', value: run.text }
  if (run.colour === ANY || run.colour === '') return text
  return { type: 'element', tagName: 'span', properties: { class: run.colour }, children: [text] }
}

/**
 * Rewrites the children of one element: plain token spans become runs of text by colour class,
 * adjacent runs of the same colour (whitespace counts as any colour) become one span, the default
 * colour needs no span, empty tokens vanish. Other elements (twoslash hovers, marks) are kept in
 * place and rewritten inside.
 */
function compactChildren(parent: Element, palette: CodePalette): void {
  const out: ElementContent[] = []
  let run: Run | undefined
  const flush = () => {
    if (run) out.push(emit(run))
    run = undefined
  }
  const add = (colour: Run['colour'], text: string) => {
    if (!text) return
    if (run && (run.colour === colour || colour === ANY || run.colour === ANY)) {
      if (run.colour === ANY) run.colour = colour
      run.text += text
      return
    }
    flush()
    run = { colour, text }
  }
  for (const child of parent.children) {
    if (child.type === 'text') {
      add(/^\s*$/.test(child.value) ? ANY : '', child.value)
      continue
    }
    if (child.type !== 'element') {
      flush()
      out.push(child)
      continue
    }
    const colour = child.tagName === 'span' ? tokenColour(child, palette) : undefined
    if (colour !== undefined && child.children.every((grandchild) => grandchild.type === 'text')) {
      const text = textOf(child)
      add(/^\s*$/.test(text) ? ANY : colour, text)
      continue
    }
    flush()
    compactChildren(child, palette)
    if (colour === undefined) {
      absorbSingleToken(child)
      out.push(child)
    } else {
      out.push(...recolourToken(child, colour))
    }
  }
  flush()
  parent.children = out
}

/**
 * A token whose text twoslash wrapped in a hover span: the colour moves onto that span, so the
 * token needs no span of its own (`<span class="tw-hover l3 d3">`).
 */
function recolourToken(token: Element, colour: string): ElementContent[] {
  if (colour === '') return token.children
  const [only] = token.children
  if (token.children.length === 1 && only.type === 'element' && only.tagName === 'span') {
    only.properties.class = [...classList(only), ...colour.split(' ')]
    return [only]
  }
  token.properties = { class: colour }
  return [token]
}

/** A wrapper (e.g. a twoslash hover) around exactly one coloured run takes its class instead. */
function absorbSingleToken(node: Element): void {
  if (node.tagName !== 'span' || node.properties?.style !== undefined || classList(node).includes('line')) return
  const [only] = node.children
  if (node.children.length !== 1 || only.type !== 'element' || only.tagName !== 'span') return
  const keys = Object.keys(only.properties ?? {})
  if (keys.length !== 1 || keys[0] !== 'class' || only.children.some((child) => child.type !== 'text')) return
  node.properties.class = [...classList(node), ...classList(only)]
  node.children = only.children
}

/**
 * A Shiki transformer that makes highlighted code small: each token's inline
 * `style="--shiki-light:…;--shiki-dark:…"` becomes short colour classes from `palette` (whose
 * `css` must be on the page), same-coloured neighbours merge and default-coloured text needs no
 * span. Only dual-theme output is rewritten; a token it does not understand is left as it was.
 * It runs on the finished tree (`root`), after twoslash has wrapped its hover tokens.
 */
export function compactTokensTransformer(palette: CodePalette): CompactTokensTransformer {
  return {
    name: 'wechatpay-docs:compact-tokens',
    root(hast) {
      const visit = (node: Root | Element) => {
        for (const child of node.children) {
          if (child.type !== 'element') continue
          if (child.tagName === 'code') {
            for (const line of child.children) if (line.type === 'element') compactChildren(line, palette)
            // the newlines between lines are text already: a wrapper per line only added bytes
            child.children = child.children.flatMap((line) => (line.type === 'element' && classList(line).includes('line') ? line.children : [line]))
          } else {
            visit(child)
          }
        }
      }
      visit(hast)
    },
  }
}
