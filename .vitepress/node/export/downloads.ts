import type { LoadedPage, LoadedWebhook } from '../spec/load-pages'
import { renderWebhookMarkdown } from './webhook-markdown'
import { PUBLISHED_DECLARATION } from '../sdk/generate-declaration'
import { buildOpenApi, OPENAPI_FILE } from './openapi'
import { LLMS_FILE, renderLlmsTxt, type LlmsTxtSite } from './llms-txt'
import { markdownPath } from './markdown-path'
import { renderPageMarkdown } from './page-markdown'
import { publishedDeclaration } from './published-declaration'

/** One file the site publishes for tools, at a path relative to the site root. */
export interface DownloadFile {
  path: string
  contentType: string
  content: string
}

/**
 * Markdown files start with a UTF-8 byte order mark: static hosts (and VitePress's preview) send
 * `.md` without a charset, and browsers would show the Chinese text as Latin-1 mojibake.
 */
export const MARKDOWN_BOM = '\uFEFF'

/**
 * Every file for tools, generated from the same parsed pages as the site: `/openapi.json`,
 * `/llms.txt`, each API and webhook page as markdown, and the SDK declaration (given as generated text).
 * Both the build (written into the output folder) and the dev server (served) use this list.
 */
export function siteDownloads(pages: Iterable<LoadedPage>, declaration: string, site: LlmsTxtSite, webhookPages: Iterable<LoadedWebhook> = []): DownloadFile[] {
  const loaded = [...pages]
  const specs = loaded.map((page) => page.spec)
  const webhooks = [...webhookPages]
  const webhookSpecs = webhooks.map((page) => page.spec)
  return [
    { path: OPENAPI_FILE, contentType: 'application/json; charset=utf-8', content: JSON.stringify(buildOpenApi(specs, site, webhookSpecs), null, 2) + '\n' },
    { path: LLMS_FILE, contentType: 'text/plain; charset=utf-8', content: renderLlmsTxt(specs, site, webhookSpecs) },
    { path: PUBLISHED_DECLARATION, contentType: 'text/plain; charset=utf-8', content: publishedDeclaration(declaration, site) },
    ...loaded.map((page) => ({
      path: markdownPath(page.spec),
      contentType: 'text/markdown; charset=utf-8',
      content: MARKDOWN_BOM + renderPageMarkdown(page.spec, page.body),
    })),
    ...webhooks.map((page) => ({
      path: markdownPath(page.spec),
      contentType: 'text/markdown; charset=utf-8',
      content: MARKDOWN_BOM + renderWebhookMarkdown(page.spec, page.body),
    })),
  ]
}
