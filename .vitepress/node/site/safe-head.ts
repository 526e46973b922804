import { escapeHtml } from '../render/escape'

/**
 * Rewrites the `<title>` and the description `<meta>` of a page VitePress rendered, escaping them
 * fully. VitePress 1.6 writes the description into the attribute unescaped (a `"` in a spec's
 * description would end the attribute and open markup) and passes `&amp;` in a title through as
 * an entity, so the tab would read `&`. Both are spec text and must read literally.
 * `title` and `description` are the raw strings VitePress used (its `transformHtml` context).
 */
export function escapeHead(html: string, title: string, description: string): string {
  // VitePress escapes `<` in the title, so the first `<title>…</title>` ends where it seems to.
  let out = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
  const rawMeta = `<meta name="description" content="${description}">`
  const at = out.indexOf(rawMeta)
  if (at !== -1) {
    out = `${out.slice(0, at)}<meta name="description" content="${escapeHtml(description)}">${out.slice(at + rawMeta.length)}`
  }
  return out
}
