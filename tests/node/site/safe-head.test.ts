import { describe, expect, it } from 'vitest'
import { escapeHead } from '../../../.vitepress/node/site/safe-head'

/** The head VitePress 1.6 writes: the title lightly escaped, the description not at all. */
function vitepressHead(title: string, description: string): string {
  const light = title.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/&(?![\w#]+;)/g, '&amp;')
  return `<head>\n<title>${light}</title>\n<meta name="description" content="${description}">\n<meta name="generator" content="VitePress">\n</head>`
}

describe('escapeHead', () => {
  it('keeps a description with quotes and tags inside its attribute', () => {
    const description = `说明"><script>alert(1)</script><meta x="`
    const html = escapeHead(vitepressHead('标题', description), '标题', description)
    expect(html).not.toContain('<script>')
    expect(html).toContain('<meta name="description" content="说明&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;meta x=&quot;">')
    expect(html).toContain('<meta name="generator" content="VitePress">')
  })

  it('writes entities in the title so that they read literally', () => {
    const title = '查询 &amp; 关闭 <b>x</b> {{ 1 + 1 }} $& $1'
    const html = escapeHead(vitepressHead(title, 'd'), title, 'd')
    expect(html).toContain('<title>查询 &amp;amp; 关闭 &lt;b&gt;x&lt;/b&gt; &#123;&#123; 1 + 1 &#125;&#125; $&amp; $1</title>')
  })

  it('leaves a page whose description a head tag overrides as it is', () => {
    const html = '<head><title>t</title><meta name="description" content="own"></head>'
    expect(escapeHead(html, 't', 'spec')).toBe(html)
  })
})
