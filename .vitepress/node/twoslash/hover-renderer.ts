import type { TwoslashRenderer } from '@shikijs/twoslash/core'
import { defaultHoverInfoProcessor } from '@shikijs/twoslash/core'

type HoverInfo = Parameters<TwoslashRenderer['nodeStaticInfo']>[0]

const JSDOC_LINK = /\{@link\s+(\S+)(?:\s+([^}]*))?\}/g

/** JSDoc text and tags as plain text: `{@link url title}` becomes `title（url）`. */
export function hoverDocs(info: Pick<HoverInfo, 'docs' | 'tags'>): string {
  const link = (_: string, url: string, title?: string) => (title ? `${title}（${url}）` : url)
  const parts = info.docs ? [info.docs.replace(JSDOC_LINK, link).replace(/`([^`]+)`/g, '$1')] : []
  for (const [name, text] of info.tags ?? []) {
    const body = (text ?? '').replace(JSDOC_LINK, link)
    parts.push(name === 'see' ? `参见：${body}` : `@${name} ${body}`)
  }
  return parts.join('\n')
}

/**
 * Renders each identifier twoslash knows about as a plain `span.tw-hover` carrying its type and
 * documentation in data attributes. The code block stays static HTML (no component per token), and
 * one small browser script shows a popup for whichever token is hovered or tapped.
 */
export const hoverRenderer: TwoslashRenderer = {
  nodeStaticInfo(info, node) {
    const type = defaultHoverInfoProcessor(info.text)
    if (!type || type === 'any') return node
    const docs = hoverDocs(info)
    return {
      type: 'element',
      tagName: 'span',
      properties: { class: 'tw-hover', 'data-type': type, ...(docs ? { 'data-docs': docs } : {}) },
      children: [node],
    }
  },
}
