/** Opens a generated block the built page keeps out of its Vue component (see markdown/page-fragments.ts). */
export const FRAGMENT_START = '<!--api-fragment-->'
/** Opens a block that is not in the built page's HTML either: the browser fetches it when needed. */
export const LAZY_FRAGMENT_START = '<!--api-fragment:lazy-->'
/** Closes a block opened by {@link FRAGMENT_START} or {@link LAZY_FRAGMENT_START}. */
export const FRAGMENT_END = '<!--/api-fragment-->'

/**
 * Marks generated markdown (a parameter table, a code group) as one static part of the page: in a
 * build it is rendered once into the page's HTML, not compiled into the page's JavaScript. A lazy
 * part (the hover texts, needed only when a reader points at code) stays out of the HTML too.
 */
export function markFragment(markdown: string, options: { lazy?: boolean } = {}): string {
  return `${options.lazy ? LAZY_FRAGMENT_START : FRAGMENT_START}\n\n${markdown}\n\n${FRAGMENT_END}`
}
