import type { MarkdownRenderer } from 'vitepress'
import { markFragment } from '../render/fragment-marker'

/** Class of the hidden element holding a page's hover texts, read by theme/type-popup.ts. */
export const HOVER_TABLE_CLASS = 'tw-hovers'

// A start tag with its attributes; quoted values may hold `>` (e.g. `=> Promise<…>`).
const START_TAG = /<span((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*>/g
const HOVER_ATTRIBUTES = /\s+data-type="([^"]*)"(?:\s+data-docs="([^"]*)")?/

/**
 * Moves the type and docs of every twoslash hover token (`data-type`/`data-docs`, see
 * twoslash/hover-renderer.ts) into one hidden table at the end of the page, each distinct pair
 * once, and leaves the token a `data-h` index into it. The three TypeScript variants of a page
 * hover the same names, so each text was repeated up to three times. The table holds the texts in
 * attributes of empty elements, so it adds no words to the search index.
 */
export function dedupeHovers(html: string): string {
  const index = new Map<string, number>()
  const entries: string[] = []
  const out = html.replace(START_TAG, (tag, attributes: string) => {
    const match = HOVER_ATTRIBUTES.exec(attributes)
    if (!match || !/\sclass="tw-hover[\s"]/.test(attributes)) return tag
    const [found, type, docs] = match
    const key = docs === undefined ? type : `${type}\0${docs}`
    let id = index.get(key)
    if (id === undefined) {
      id = entries.length
      index.set(key, id)
      entries.push(`<i data-type="${type}"${docs === undefined ? '' : ` data-docs="${docs}"`}></i>`)
    }
    return `<span${attributes.replace(found, ` data-h="${id}"`)}>`
  })
  if (entries.length === 0) return html
  return `${out}${markFragment(`<div class="${HOVER_TABLE_CLASS}" hidden>${entries.join('')}</div>`, { lazy: true })}\n`
}

/** Applies {@link dedupeHovers} to every page VitePress renders (and indexes for search). */
export function hoverTablePlugin(md: MarkdownRenderer): void {
  const render = md.render.bind(md)
  md.render = (src, env) => dedupeHovers(render(src, env))
}
