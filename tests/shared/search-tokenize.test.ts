import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { processSearchTerm, searchMiniSearchOptions, tokenizeSearchText } from '../../.vitepress/shared/search-tokenize'

describe('tokenizeSearchText', () => {
  it('cuts a CJK run into overlapping pairs', () => {
    expect(tokenizeSearchText('商户订单号')).toEqual(['商户', '户订', '订单', '单号'])
  })

  it('keeps a lone CJK character as itself', () => {
    expect(tokenizeSearchText('券 与 单')).toEqual(['券', '与', '单'])
  })

  it('keeps field names whole and adds their parts', () => {
    expect(tokenizeSearchText('out_trade_no')).toEqual(['out_trade_no', 'out', 'trade', 'no'])
    expect(tokenizeSearchText('__x__')).toEqual(['__x__', 'x'])
  })

  it('separates CJK from ASCII and drops punctuation', () => {
    expect(tokenizeSearchText('商户订单号out_trade_no，必填。')).toEqual([
      '商户', '户订', '订单', '单号', 'out_trade_no', 'out', 'trade', 'no', '必填',
    ])
    expect(tokenizeSearchText('POST /v3/pay/transactions/jsapi')).toEqual(['POST', 'v3', 'pay', 'transactions', 'jsapi'])
  })

  it('gives nothing for text without words', () => {
    expect(tokenizeSearchText('，。 ——/ ')).toEqual([])
  })

  it('survives toString(), as VitePress serializes it for the browser', () => {
    const revived = new Function(`return ${tokenizeSearchText.toString()}`)() as typeof tokenizeSearchText
    expect(revived('预下单 coupon_list')).toEqual(tokenizeSearchText('预下单 coupon_list'))
    const term = new Function(`return ${processSearchTerm.toString()}`)() as typeof processSearchTerm
    expect(term('Out_Trade_No')).toBe('out_trade_no')
  })
})

describe('search with the shared tokenizer', () => {
  const docs = [
    { id: 'tokens', title: '出行券切卡组件预下单', text: '商户在拉起快捷切卡小程序前，调用本接口预下单。' },
    { id: 'jsapi', title: 'JSAPI下单', text: '商户订单号 out_trade_no，只能是数字和字母。' },
    { id: 'refund', title: '申请退款', text: '订单号与退款单号。' },
  ]
  const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'], ...searchMiniSearchOptions.options })
  index.addAll(docs)
  const search = (query: string) =>
    index.search(query, { prefix: true, fuzzy: 0.2, ...searchMiniSearchOptions.searchOptions } as never).map((r) => r.id)

  it('finds a Chinese word in the middle of a sentence or a title', () => {
    expect(search('预下单')).toEqual(['tokens'])
    expect(search('切卡')).toEqual(['tokens'])
    expect(search('拉起')).toEqual(['tokens'])
  })

  it('requires every pair of the query', () => {
    expect(search('商户订单号')).toEqual(['jsapi'])
  })

  it('finds field names whole, by part and in any case', () => {
    expect(search('out_trade_no')).toEqual(['jsapi'])
    expect(search('OUT_TRADE_NO')).toEqual(['jsapi'])
    expect(search('trade')).toEqual(['jsapi'])
  })

  it('finds nothing for a word that is not there', () => {
    expect(search('量子纠缠')).toEqual([])
    expect(search('zqxjv')).toEqual([])
  })
})
