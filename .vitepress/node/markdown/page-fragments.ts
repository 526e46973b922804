import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { MarkdownRenderer } from 'vitepress'
import { FRAGMENT_END, FRAGMENT_START } from '../render/fragment-marker'
import { FRAGMENT_CLASS, FRAGMENT_DIR, FRAGMENT_PART_SEPARATOR } from '../../shared/page-fragments'

/** The theme component a marked block is replaced with (theme/components/ApiFragment.ts). */
export const FRAGMENT_COMPONENT = 'ApiFragment'

/** Set on a render's env to keep the marked blocks in place (the local search indexes them). */
export const KEEP_FRAGMENTS = '__keepApiFragments'

const MARKED = new RegExp(`${FRAGMENT_START}([\\s\\S]*?)${FRAGMENT_END}`, 'g')
// What the server renders for the component: an empty element naming its file and part.
const PLACEHOLDER = new RegExp(`<div class="${FRAGMENT_CLASS}" data-fragment="([^"#]+)#(\\d+)"></div>`, 'g')

/** A page's HTML with its marked blocks taken out, and the file that holds them. */
export interface SplitPage {
  html: string
  /** Path of the fragment file relative to the site's base, or undefined when nothing was marked. */
  file?: string
  parts: string[]
}

/**
 * Takes the blocks marked by render/fragment-marker.ts out of a page's rendered HTML. Each becomes
 * an `<ApiFragment>` placeholder naming the page's fragment file (named by the hash of its parts)
 * and its part number.
 */
export function splitFragments(html: string): SplitPage {
  const parts: string[] = []
  for (const match of html.matchAll(MARKED)) parts.push(match[1].trim())
  if (parts.length === 0) return { html, parts }
  const hash = createHash('sha256').update(parts.join(FRAGMENT_PART_SEPARATOR)).digest('hex').slice(0, 16)
  const file = `${FRAGMENT_DIR}/${hash}.html`
  let part = 0
  const out = html.replace(MARKED, () => `<${FRAGMENT_COMPONENT} src="${file}" part="${part++}"></${FRAGMENT_COMPONENT}>`)
  return { html: out, file, parts }
}

/** The fragments of one build: filled into each page's HTML and written beside it. */
export interface FragmentStore {
  /** Splits every page VitePress renders, unless the render's env has {@link KEEP_FRAGMENTS}. */
  attach(md: MarkdownRenderer): void
  /** Puts each part back into the server-rendered placeholders of one built page. */
  fill(html: string, page: string): string
  /** Writes every fragment file under the output folder. */
  write(outDir: string): void
}

/**
 * Keeps the generated tables and code out of each page's Vue component in a build. VitePress
 * compiles a page's whole HTML into its JavaScript twice (client and server bundles), so a thousand
 * large pages made the bundler hold gigabytes, and a reader downloaded every table twice (HTML and
 * JS). Here the HTML carries the parts (filled in after server rendering, kept by hydration) and
 * the page's script only their file's name, fetched when a reader navigates to the page in-app.
 */
export function createFragmentStore(): FragmentStore {
  const files = new Map<string, string[]>()
  return {
    attach(md) {
      const render = md.render.bind(md)
      md.render = (src, env: Record<string, unknown> = {}) => {
        const html = render(src, env)
        if (env[KEEP_FRAGMENTS]) return html
        const split = splitFragments(html)
        if (split.file) files.set(split.file, split.parts)
        return split.html
      }
    },
    fill(html, page) {
      return html.replace(PLACEHOLDER, (tag, file: string, part: string) => {
        const content = files.get(file)?.[Number(part)]
        if (content === undefined) throw new Error(`${page}: fragment ${file}#${part} was not rendered in this build`)
        return tag.replace('></div>', `>${content}</div>`)
      })
    },
    write(outDir) {
      for (const [file, parts] of files) {
        const path = join(outDir, file)
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, parts.join(FRAGMENT_PART_SEPARATOR))
      }
    },
  }
}
