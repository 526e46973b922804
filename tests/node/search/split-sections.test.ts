import { describe, expect, it } from 'vitest'
import { splitIntoSections } from '../../../.vitepress/node/search/split-sections'

const apiPage = [
  '<h1 id="top" tabindex="-1">出行券切卡组件预下单</h1><p class="api-description">商户在拉起快捷切卡小程序前预下单。</p>',
  '<h2 id="request" tabindex="-1">请求参数 <a class="header-anchor" href="#request" aria-label="Permalink">​</a></h2>',
  '<table><tr><td><code>coupon_list</code></td><td>出行券列表，&lt;b&gt; &amp; &#123;x&#125;<span class="api-example">示例值：<code>obLatjrR8kUDlj4</code></span></td></tr></table>',
  '<h2 id="samples" tabindex="-1">示例代码 <a class="header-anchor" href="#samples">​</a></h2>',
  '<div class="tabs"><label>TypeScript</label></div><pre class="shiki"><code>const secret = 1</code></pre>',
  '<h3 id="more" tabindex="-1">更多 &lt;说明&gt; <a class="header-anchor" href="#more">​</a></h3><p>尾注</p>',
].join('')

describe('splitIntoSections', () => {
  const sections = splitIntoSections(apiPage)

  it('makes a section of an h1 without a permalink, holding the description', () => {
    expect(sections[0]).toEqual({ anchor: 'top', titles: ['出行券切卡组件预下单'], text: '商户在拉起快捷切卡小程序前预下单。' })
  })

  it('gives each heading its parents and its plain text, entities decoded', () => {
    expect(sections[1]).toEqual({ anchor: 'request', titles: ['出行券切卡组件预下单', '请求参数'], text: 'coupon_list 出行券列表，<b> & {x}' })
  })

  it('leaves code blocks and example values out of the text', () => {
    expect(sections[2].text).toBe('TypeScript')
    expect(sections.map((s) => s.text).join(' ')).not.toContain('secret')
    expect(sections.map((s) => s.text).join(' ')).not.toContain('obLatjrR8kUDlj4')
  })

  it('keeps titles HTML-escaped, as the search box shows them with v-html', () => {
    expect(sections[3]).toEqual({ anchor: 'more', titles: ['出行券切卡组件预下单', '示例代码', '更多 &lt;说明&gt;'], text: '尾注' })
  })

  it('skips headings without an id and gives nothing for a page without headings', () => {
    expect(splitIntoSections('<h2>无锚点</h2><p>x</p>')).toEqual([])
    expect(splitIntoSections('<p>只有正文</p>')).toEqual([])
  })
})
