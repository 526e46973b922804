import * as compilerSfc from 'vue/compiler-sfc'

const PAGE_DATA_LINE = /^export const __pageData = JSON\.parse\(.*\)$/m

/**
 * Makes the page data VitePress writes into a page's `<script>` block unable to end that block.
 * VitePress inlines the page data (title, description, frontmatter) as a JSON string literal,
 * unescaped, so a `</script>` in a spec's description would end the script and break the page.
 * Every `<` of that one generated line becomes `\u003c`: inside a JavaScript string literal it
 * means the same character, so the data the browser gets is unchanged. A `<` there never follows
 * an unpaired backslash (JSON has no `\<`), so the escape never changes a neighbour's meaning.
 */
export function guardPageDataScript(sfc: string): string {
  return sfc.replace(PAGE_DATA_LINE, (line) => line.replace(/</g, '\\u003c'))
}

/**
 * Vue's SFC compiler with `parse` guarded by `guardPageDataScript`, for the `vue.compiler` option
 * of the site config. The Vue plugin is where VitePress's generated SFC of a page is read, and its
 * `compiler` option is the documented way in; a Vite plugin cannot be ordered between the two.
 */
export function guardedSfcCompiler(): typeof compilerSfc {
  return { ...compilerSfc, parse: (source, options) => compilerSfc.parse(guardPageDataScript(source), options) }
}
