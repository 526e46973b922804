const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML. Braces become entities too, so that Vue never reads `{{ }}` in spec text
 * as an interpolation, even outside a `v-pre` block.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
}

/** A markdown code fence long enough that no backtick run inside the code can close it. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}
