import type { DefaultTheme } from 'vitepress'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { productGroups } from '../site/sidebar'
import { markdownPath } from './markdown-path'
import { OPENAPI_FILE } from './openapi'
import { PUBLISHED_DECLARATION } from '../sdk/generate-declaration'

/** Where the index for language models is published, relative to the site root. */
export const LLMS_FILE = 'llms.txt'

/** What `/llms.txt` needs besides the specs. */
export interface LlmsTxtSite {
  title: string
  description: string
  /** The guide sidebar: its pages go to the optional section, linked as HTML. */
  guides?: DefaultTheme.SidebarItem[]
}

/** A link's text: brackets would end it early. */
function linkText(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`)
}

/** The first sentence of a description, short enough for a list item. */
export function shortDescription(text: string, max = 80): string {
  const sentence = (/^[^。！？!?\n]*[。！？!?]?/.exec(text.trim())?.[0] ?? '').trim()
  const chars = Array.from(sentence)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : sentence
}

function guideLinks(items: readonly DefaultTheme.SidebarItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.link && item.text ? [`- [${linkText(item.text)}](${item.link}.html)`] : []),
    ...guideLinks(item.items ?? []),
  ])
}

/**
 * The site's `/llms.txt` (llmstxt.org): an H1 with the site's name, a blockquote summary, then one
 * section per product line listing each API page's plain-markdown version with its first sentence,
 * the downloads, and the guides as optional reading.
 */
export function renderLlmsTxt(specs: readonly ApiPageSpec[], site: LlmsTxtSite, webhooks: readonly WebhookPageSpec[] = []): string {
  const out: string[] = [
    `# ${site.title}`,
    `> ${site.description}`,
    '每个接口页都有纯 Markdown 版本（下列链接）：方法与路径、请求参数表、返回字典、TypeScript（wechatpay-axios-plugin）与 PHP（wechatpay/wechatpay）示例代码。' +
      '所有接口见 OpenAPI 3.1 描述。',
  ]
  for (const group of productGroups(specs)) {
    out.push(
      `## ${group.name}`,
      [...group.specs, ...webhooks.filter((webhook) => webhook.product === group.product).sort((a, b) => (a.file < b.file ? -1 : 1))]
        .map((spec) => `- [${linkText(spec.title)}](/${markdownPath(spec)}): ${shortDescription(spec.description)}`)
        .join('\n'),
    )
  }
  out.push(
    '## 下载',
    [
      `- [OpenAPI 3.1 描述](/${OPENAPI_FILE}): 全部接口的路径、参数、请求体与应答体的 JSON Schema 和示例`,
      `- [SDK 类型声明](/${PUBLISHED_DECLARATION}): wechatpay-axios-plugin 链式调用的 TypeScript 类型`,
    ].join('\n'),
  )
  const guides = guideLinks(site.guides ?? [])
  if (guides.length > 0) out.push('## Optional', guides.join('\n'))
  return out.join('\n\n') + '\n'
}
