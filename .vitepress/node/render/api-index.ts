import type { ApiPageSpec } from '../spec/types'
import { pageLink, productGroups } from '../site/sidebar'
import { escapeHtml } from './escape'

/**
 * The markdown of the API index: every API page grouped by product line, each with its methods
 * and path. Generated from the same specs as the pages, so it never lists a page that is not there.
 */
export function renderApiIndex(specs: readonly ApiPageSpec[]): string {
  const out: string[] = []
  for (const group of productGroups(specs)) {
    out.push(`## ${escapeHtml(group.name)} {#${group.product}}`)
    out.push('<table class="api-index" v-pre><thead><tr><th scope="col">接口</th><th scope="col">方法与路径</th></tr></thead><tbody>')
    for (const spec of group.specs) {
      const methods = spec.operations.map((op) => `<span class="api-method api-method-${op.method.toLowerCase()}">${op.method}</span>`).join(' ')
      out.push(`<tr><td><a href="${escapeHtml(pageLink(spec.file))}">${escapeHtml(spec.title)}</a></td><td>${methods} <code>${escapeHtml(spec.path)}</code></td></tr>`)
    }
    // A blank line ends the HTML block; without it markdown-it reads the next heading as raw text.
    out.push('</tbody></table>', '')
  }
  return out.join('\n')
}
