import { describe, expect, it } from 'vitest'
import { hoverDocs, hoverRenderer } from '../../../.vitepress/node/twoslash/hover-renderer'

describe('hoverDocs', () => {
  it('turns JSDoc links and code spans into plain text', () => {
    expect(hoverDocs({ docs: '出行券切卡组件预下单\n\n`POST /v3/industry-coupon/tokens`', tags: [['see', '{@link https://pay.weixin.qq.com/doc/v3/merchant/4012553563 直连商户模式}']] })).toBe(
      '出行券切卡组件预下单\n\nPOST /v3/industry-coupon/tokens\n参见：直连商户模式（https://pay.weixin.qq.com/doc/v3/merchant/4012553563）',
    )
  })
})

describe('hoverRenderer.nodeStaticInfo', () => {
  const token = { type: 'text', value: 'token' } as const
  it('wraps a token with its type and docs as data attributes', () => {
    const info = { text: '(property) token: string', docs: '切卡组件token值' } as never
    expect(hoverRenderer.nodeStaticInfo.call({} as never, info, token)).toEqual({
      type: 'element',
      tagName: 'span',
      properties: { class: 'tw-hover', 'data-type': 'token: string', 'data-docs': '切卡组件token值' },
      children: [token],
    })
  })
  it('leaves tokens of type any alone', () => {
    expect(hoverRenderer.nodeStaticInfo.call({} as never, { text: 'any' } as never, token)).toBe(token)
  })
})
