import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { pascalCase } from '../sdk/call-path'

/**
 * The operationId of an operation in `/openapi.json`: the method, then each path segment in
 * PascalCase, a `{param}` as `By` + its name, and a trailing `/` as `Slash`, so that
 * `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close` is
 * `postV3PayTransactionsOutTradeNoByOutTradeNoClose`. Derived from method and path alone, which are
 * unique across the site, so the id is unique and stable while the page exists.
 */
export function operationId(page: Pick<ApiPageSpec, 'path'>, operation: Pick<OperationSpec, 'method'>): string {
  const segments = page.path.split('/').filter(Boolean).map((segment) => {
    const param = /^\{(.+)\}$/.exec(segment)?.[1]
    return param ? `By${pascalCase(param)}` : pascalCase(segment)
  })
  const slash = page.path.length > 1 && page.path.endsWith('/') ? 'Slash' : ''
  return `${operation.method.toLowerCase()}${segments.join('')}${slash}`
}
