/**
 * Names shared by the build (which moves a page's generated tables and code out of its Vue
 * component into one static file per page) and the browser (which puts them back on client-side
 * navigation). See node/markdown/page-fragments.ts.
 */

/** Folder of the fragment files in the built site, relative to its base. */
export const FRAGMENT_DIR = 'assets/fragments'

/** Separates the parts of one page's fragment file. Escaped spec text and code can never hold it. */
export const FRAGMENT_PART_SEPARATOR = '\n<!--api-fragment-part-->\n'

/** Class of the element a part is rendered into. */
export const FRAGMENT_CLASS = 'api-fragment'

/** Event dispatched on `document` after parts were put into the page in the browser. */
export const FRAGMENT_LOADED_EVENT = 'api-fragment-loaded'

/**
 * Attribute of a code block's empty `<code>` whose highlighted code is in the page's deferred file:
 * `file#part` (node/markdown/deferred-code.ts, theme/deferred-code.ts).
 */
export const DEFERRED_CODE_ATTRIBUTE = 'data-deferred'
