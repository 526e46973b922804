import { describe, expect, it } from 'vitest'
import { dedupeHovers } from '../../../.vitepress/node/markdown/hover-table'
import { markFragment } from '../../../.vitepress/node/render/fragment-marker'

const hover = (type: string, docs?: string, extra = '') =>
  `<span class="tw-hover${extra}" data-type="${type}"${docs === undefined ? '' : ` data-docs="${docs}"`}>x</span>`

describe('dedupeHovers', () => {
  it('keeps each distinct hover text once in a hidden table and points tokens at it', () => {
    const post = 'post(data: Req): Promise&lt;AxiosResponse&lt;Res&gt;&gt;'
    const html = [hover('const wxpay: Wechatpay'), hover(post, '下单'), hover('const wxpay: Wechatpay'), hover(post, '下单', ' l3 d3')].join('')
    expect(dedupeHovers(html)).toBe(
      [
        '<span class="tw-hover" data-h="0">x</span>',
        '<span class="tw-hover" data-h="1">x</span>',
        '<span class="tw-hover" data-h="0">x</span>',
        '<span class="tw-hover l3 d3" data-h="1">x</span>',
        // fetched by the browser when a reader first points at code, not part of the built page
        `${markFragment(`<div class="tw-hovers" hidden><i data-type="const wxpay: Wechatpay"></i><i data-type="${post}" data-docs="下单"></i></div>`, { lazy: true })}\n`,
      ].join(''),
    )
  })

  it('tells apart the same type with other docs, and a type with a `>` inside', () => {
    const arrow = '(cb: () =&gt; void) => void'
    const out = dedupeHovers(hover('a: string', 'one') + hover('a: string', 'two') + hover(arrow))
    expect(out).toContain('data-h="0"')
    expect(out).toContain('data-h="1"')
    expect(out).toContain('data-h="2"')
    expect(out).toContain(`<i data-type="${arrow}"></i>`)
  })

  it('leaves pages without hovers, and other data-type attributes, untouched', () => {
    const html = '<p>no code</p><span class="other" data-type="x">y</span>'
    expect(dedupeHovers(html)).toBe(html)
  })
})
