/** Opens a generated block the built page keeps out of its Vue component (see markdown/page-fragments.ts). */
export const FRAGMENT_START = '<!--api-fragment-->'
/** Closes a block opened by {@link FRAGMENT_START}. */
export const FRAGMENT_END = '<!--/api-fragment-->'

/**
 * Marks generated markdown (a parameter table, a code group) as one static part of the page: in a
 * build it is rendered once into the page's HTML, not compiled into the page's JavaScript.
 */
export function markFragment(markdown: string): string {
  return `${FRAGMENT_START}\n\n${markdown}\n\n${FRAGMENT_END}`
}
