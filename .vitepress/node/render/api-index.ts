import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { pageLink, productGroups, productName } from '../site/sidebar'
import { escapeHtml } from './escape'

/**
 * The markdown of the API index: every API page grouped by product line, each with its methods
 * and path. Generated from the same specs as the pages, so it never lists a page that is not there.
 */
export function renderApiIndex(specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): string {
  const out: string[] = []
  const groups = productGroups(specs)
  const orphans = webhooks.filter((webhook) => !groups.some((group) => group.name === productName(webhook.product)))
  for (const webhook of orphans) {
    if (!groups.some((group) => group.product === webhook.product)) groups.push({ product: webhook.product, name: productName(webhook.product), specs: [] })
  }
  for (const group of groups) {
    out.push(`## ${escapeHtml(group.name)} {#${group.product}}`)
    out.push('<table class="api-index" v-pre><thead><tr><th scope="col">接口</th><th scope="col">方法与路径</th></tr></thead><tbody>')
    for (const spec of group.specs) {
      const methods = spec.operations.map((op) => `<span class="api-method api-method-${op.method.toLowerCase()}">${op.method}</span>`).join(' ')
      out.push(`<tr><td><a href="${escapeHtml(pageLink(spec.file))}">${escapeHtml(spec.title)}</a></td><td>${methods} <code>${escapeHtml(spec.path)}</code></td></tr>`)
    }
    for (const webhook of webhooks.filter((w) => productName(w.product) === group.name).sort((a, b) => (a.file < b.file ? -1 : 1))) {
      const events = webhook.events.map((event) => `<code>${escapeHtml(event.type)}</code>`).join(' ')
      out.push(`<tr><td><a href="${escapeHtml(pageLink(webhook.file))}">${escapeHtml(webhook.title)}</a></td><td><span class="api-method api-method-notify">通知</span> ${events}</td></tr>`)
    }
    // A blank line ends the HTML block; without it markdown-it reads the next heading as raw text.
    out.push('</tbody></table>', '')
  }
  return out.join('\n')
}
