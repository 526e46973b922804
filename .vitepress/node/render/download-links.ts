import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { webhookName } from '../export/webhook-name'
import { operationId } from '../export/operation-id'
import { markdownPath } from '../export/markdown-path'
import { OPENAPI_FILE } from '../export/openapi'
import { PUBLISHED_DECLARATION } from '../sdk/generate-declaration'
import { escapeHtml } from './escape'

/**
 * The page's 下载 section: its markdown version, its operations in `/openapi.json` (the
 * operationId is what a reader looks for there) and the SDK declaration. Plain links with text.
 * `target="_self"` makes VitePress's router leave them to the browser: it would otherwise treat
 * `/x.md` as a page and go to `/x.md.html`.
 */
export function renderDownloadLinks(page: ApiPageSpec): string {
  const ids = page.operations.map((operation) => `<code>${escapeHtml(operationId(page, operation))}</code>`).join('、')
  return [
    '## 下载 {#downloads}',
    [
      '<ul class="api-downloads" v-pre>',
      `<li><a href="/${escapeHtml(markdownPath(page))}" target="_self">本页的 Markdown 版本</a></li>`,
      `<li><a href="/${OPENAPI_FILE}" target="_self">OpenAPI 3.1 描述（openapi.json）</a>，本页的 operationId：${ids}</li>`,
      `<li><a href="/${PUBLISHED_DECLARATION}" target="_self">SDK 类型声明（${PUBLISHED_DECLARATION}）</a></li>`,
      '</ul>',
    ].join(''),
  ].join('\n\n')
}

/**
 * A webhook page's 下载 section: its markdown version and its entry under `webhooks` in
 * `/openapi.json`, then the SDK declaration, which types the decrypted resource.
 */
export function renderWebhookDownloadLinks(spec: WebhookPageSpec): string {
  return [
    '## 下载 {#downloads}',
    [
      '<ul class="api-downloads" v-pre>',
      `<li><a href="/${escapeHtml(markdownPath(spec))}" target="_self">本页的 Markdown 版本</a></li>`,
      `<li><a href="/${OPENAPI_FILE}" target="_self">OpenAPI 3.1 描述（openapi.json）</a>，本页在 <code>webhooks</code> 下的名称：<code>${escapeHtml(webhookName(spec))}</code></li>`,
      `<li><a href="/${PUBLISHED_DECLARATION}" target="_self">SDK 类型声明（${PUBLISHED_DECLARATION}）</a></li>`,
      '</ul>',
    ].join(''),
  ].join('\n\n')
}
