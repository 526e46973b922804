import { describe, expect, it } from 'vitest'
import { endpointComment, namedEndpoints, readsDeclaration, snippetEndpoint } from '../../../.vitepress/node/sdk/snippet-endpoint'
import { DECLARATION_FILE, DECLARATION_MODULE } from '../../../.vitepress/node/sdk/generate-declaration'

const PATHS = [
  '/v3/pay/transactions/jsapi',
  '/v3/pay/transactions/app',
  '/v3/pay/transactions/out-trade-no/{out_trade_no}',
  '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
  '/v3/refund/domestic/refunds',
  '/v3/marketing/favor/users/{openid}/coupons',
]

describe('snippetEndpoint', () => {
  it('reads the endpoint a generated snippet names before its cut, and nothing after it', () => {
    expect(snippetEndpoint(`${endpointComment('/v3/a')}// ---cut---\nx`)).toBe('/v3/a')
    expect(snippetEndpoint(`// ---cut---\n${endpointComment('/v3/a')}`)).toBeUndefined()
    expect(snippetEndpoint('const a = 1')).toBeUndefined()
  })
})

describe('readsDeclaration', () => {
  it('sees an import of the SDK module or of the generated file, and nothing else', () => {
    expect(readsDeclaration(`import type { Wechatpay } from '${DECLARATION_MODULE}'`, DECLARATION_MODULE, DECLARATION_FILE)).toBe(true)
    expect(readsDeclaration(`export type { Wechatpay } from '../snippets/wechatpay.generated'`, DECLARATION_MODULE, DECLARATION_FILE)).toBe(true)
    expect(readsDeclaration(`import { Wechatpay } from 'wechatpay-axios-plugin'`, DECLARATION_MODULE, DECLARATION_FILE)).toBe(false)
  })
})

describe('namedEndpoints', () => {
  it('finds an endpoint by its chain of properties, path parameters included', () => {
    expect(namedEndpoints('await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({})', PATHS)).toEqual(['/v3/pay/transactions/out-trade-no/{out_trade_no}'])
    expect(namedEndpoints('wxpay.v3.pay.transactions.jsapi.post(order)', PATHS)).toEqual(['/v3/pay/transactions/jsapi'])
  })

  it('finds an endpoint by its chain() key or its type name', () => {
    expect(namedEndpoints("wxpay.chain('v3/marketing/favor/users/{openid}/coupons').get()", PATHS)).toEqual(['/v3/marketing/favor/users/{openid}/coupons'])
    expect(namedEndpoints('let order: V3.Refund.Domestic.Refunds.PostRequest', PATHS)).toEqual(['/v3/refund/domestic/refunds'])
  })

  it('may find more than is called (never fewer), sorted', () => {
    const found = namedEndpoints('wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post(); wxpay.v3.pay.transactions.app.post()', PATHS)
    expect(found).toEqual(['/v3/pay/transactions/app', '/v3/pay/transactions/out-trade-no/{out_trade_no}', '/v3/pay/transactions/out-trade-no/{out_trade_no}/close'])
  })

  it('finds nothing in code that names no endpoint', () => {
    expect(namedEndpoints("export type { Wechatpay } from '@wechatpay-docs/sdk'\nconst pay = 1", PATHS)).toEqual([])
  })
})
