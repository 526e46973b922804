import { DEFERRED_CODE_ATTRIBUTE } from '../../shared/page-fragments'

/**
 * A code block of a code group as VitePress renders it: its element's classes, everything up to
 * the `<code>` inside its `<pre>`, and the code. Highlighted code holds no `</code>` (text is escaped).
 */
const BLOCK = /<div class="(language-[^"]*)">([\s\S]*?<pre [^>]*>)<code>([\s\S]*?)<\/code><\/pre>/g

/** Stands for the deferred file's name until it is known (its name is its content's hash). */
export const DEFERRED_FILE_SLOT = '\u0000deferred-file\u0000'

/**
 * Empties every code block of a code group but the one shown first (`active`): its highlighted
 * code goes into `blocks`, and its `<code>` element keeps only an attribute naming the part,
 * `DEFERRED_FILE_SLOT#n`, for the page's deferred file. A reader sees one tab of nine at a time;
 * the browser fetches the others when the reader points at or tabs to the group, or a stored tab
 * preference shows one of them (theme/deferred-code.ts). The element and its `<pre>` stay, so
 * VitePress's tab switching, its copy button and the preference style find what they expect.
 */
export function deferHiddenCode(html: string, blocks: string[]): string {
  return html.replace(BLOCK, (block, classes: string, opening: string, code: string) => {
    if (/(^| )active( |$)/.test(classes) || code === '') return block
    blocks.push(code)
    return `<div class="${classes}">${opening}<code ${DEFERRED_CODE_ATTRIBUTE}="${DEFERRED_FILE_SLOT}#${blocks.length - 1}"></code></pre>`
  })
}
