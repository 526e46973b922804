const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML. Braces become entities too, so that Vue never reads `{{ }}` in spec text
 * as an interpolation, even outside a `v-pre` block. Line breaks become entities as well: the text
 * sits inside a markdown HTML block, which a blank line would end, handing the rest of the text to
 * the markdown parser.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
    .replace(/[{}\r\n]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Escapes text for a markdown inline context such as a `##` heading: every ASCII punctuation mark
 * and line break becomes a numeric entity. CommonMark never reads an entity as syntax, so
 * `*x*`, `[a](b)`, `` ` ``, `|`, `{#id}` and `<tag>` stay text. The markdown renderer decodes the
 * entities and writes `{` back as is, so the caller still wraps the result in a `v-pre` element.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[!-\/:-@[-`{-~\r\n]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A markdown code fence long enough that no backtick run inside the code can close it. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}
