import { createVerify, type KeyLike } from 'node:crypto'
import { Formatter, Rsa } from 'wechatpay-axios-plugin'
import { beforeAll, describe, expect, it } from 'vitest'
import { rsaKeyPair } from './keys'
import { loadSnippet } from './snippets'

interface JsapiPayParams { appId: string; timeStamp: string; nonceStr: string; package: string; signType: 'RSA'; paySign: string }
interface AppPayParams { appid: string; partnerid: string; prepayid: string; package: 'Sign=WXPay'; noncestr: string; timestamp: string; sign: string }
interface JsapiSnippet { jsapiPayParams(appId: string, prepayId: string, merchantPrivateKey: KeyLike): JsapiPayParams }
interface AppSnippet { appPayParams(appid: string, mchid: string, prepayId: string, merchantPrivateKey: KeyLike): AppPayParams }

const merchantKeys = rsaKeyPair()
const prepayId = 'wx201410272009395522657a690389285100'

describe('invoke-payment.md: jsapi-pay-params', () => {
  let snippet: JsapiSnippet
  beforeAll(async () => {
    snippet = await loadSnippet<JsapiSnippet>('invoke-payment.md', 'jsapi-pay-params')
  })

  it('gives the six fields WeixinJSBridge and wx.requestPayment take, as strings', () => {
    const params = snippet.jsapiPayParams('wxd678efh567hg6787', prepayId, merchantKeys.privateKey)
    expect(Object.keys(params).sort()).toEqual(['appId', 'nonceStr', 'package', 'paySign', 'signType', 'timeStamp'])
    expect(params.package).toBe(`prepay_id=${prepayId}`)
    expect(params.signType).toBe('RSA')
    expect(params.timeStamp).toMatch(/^\d{10}$/)
    expect(Math.abs(Number(params.timeStamp) - Date.now() / 1000)).toBeLessThan(5)
    expect(params.nonceStr.length).toBeLessThanOrEqual(32)
  })

  it('signs appId, timeStamp, nonceStr and package, one per line, with the merchant private key', () => {
    const p = snippet.jsapiPayParams('wxd678efh567hg6787', prepayId, merchantKeys.privateKey)
    const message = `${p.appId}\n${p.timeStamp}\n${p.nonceStr}\n${p.package}\n`
    expect(createVerify('RSA-SHA256').update(message).verify(merchantKeys.publicKey, p.paySign, 'base64')).toBe(true)
    expect(Rsa.verify(Formatter.joinedByLineFeed(p.appId, p.timeStamp, p.nonceStr, p.package), p.paySign, merchantKeys.publicKey)).toBe(true)
    expect(Rsa.verify(Formatter.joinedByLineFeed('wx0000000000000000', p.timeStamp, p.nonceStr, p.package), p.paySign, merchantKeys.publicKey)).toBe(false)
  })
})

describe('invoke-payment.md: app-pay-params', () => {
  let snippet: AppSnippet
  beforeAll(async () => {
    snippet = await loadSnippet<AppSnippet>('invoke-payment.md', 'app-pay-params')
  })

  it('gives partnerid, prepayid and the fixed package Sign=WXPay', () => {
    const params = snippet.appPayParams('wxd678efh567hg6787', '1900000001', prepayId, merchantKeys.privateKey)
    expect(params).toMatchObject({ appid: 'wxd678efh567hg6787', partnerid: '1900000001', prepayid: prepayId, package: 'Sign=WXPay' })
    expect(params.timestamp).toMatch(/^\d{10}$/)
  })

  it('signs appid, timestamp, noncestr and the bare prepayid, one per line', () => {
    const p = snippet.appPayParams('wxd678efh567hg6787', '1900000001', prepayId, merchantKeys.privateKey)
    expect(Rsa.verify(`${p.appid}\n${p.timestamp}\n${p.noncestr}\n${p.prepayid}\n`, p.sign, merchantKeys.publicKey)).toBe(true)
    expect(Rsa.verify(`${p.appid}\n${p.timestamp}\n${p.noncestr}\nprepay_id=${p.prepayid}\n`, p.sign, merchantKeys.publicKey)).toBe(false)
  })
})
