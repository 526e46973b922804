import { describe, expect, it } from 'vitest'
import { chainKey, pathSegments } from '../../../.vitepress/node/sdk/call-path'

describe('pathSegments', () => {
  it('turns kebab-case segments into camelCase and parameters into _name_', () => {
    expect(pathSegments('/v3/pay/transactions/id/{transaction_id}').map((s) => s.property)).toEqual([
      'v3', 'pay', 'transactions', 'id', '_transaction_id_',
    ])
    expect(pathSegments('/v3/fund-app/mch-transfer/transfer-bills').map((s) => s.property)).toEqual([
      'v3', 'fundApp', 'mchTransfer', 'transferBills',
    ])
  })

  it('capitalizes segments that the Node SDK chain reserves for its own methods', () => {
    const segments = pathSegments('/v3/profitsharing/receivers/delete')
    expect(segments.at(-1)).toMatchObject({ raw: 'delete', property: 'delete', nodeProperty: 'Delete' })
  })
})

describe('chainKey', () => {
  it('drops the leading slash only', () => {
    expect(chainKey('/v3/pay/transactions/id/{transaction_id}')).toBe('v3/pay/transactions/id/{transaction_id}')
  })
})
