/** One piece of an API path, as the SDK chains name it. */
export interface PathSegment {
  /** The segment as it stands in the URL: `industry-coupon`, `{transaction_id}`. */
  raw: string
  /** The property both SDKs accept in a chain: `industryCoupon`, `_transaction_id_`. */
  property: string
  /**
   * The property in the Node SDK's chain. Its chain nodes own `get`, `post`, `put`, `patch`,
   * `delete` and `chain`, so such a segment is written with a capital (`Delete`), which the SDK
   * lower-cases back when it builds the URL.
   */
  nodeProperty: string
  /** The path parameter's name, for `{param}` segments. */
  param?: string
}

const NODE_RESERVED = new Set(['get', 'post', 'put', 'patch', 'delete', 'chain'])

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** `industry-coupon` → `industryCoupon`; the SDKs turn capitals back into `-x` when they build the URL. */
export function camelCase(segment: string): string {
  return segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** `industry-coupon` or `coupon_list` → `IndustryCoupon`, `CouponList`: type and namespace names. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

/**
 * The parameter that stands for a trailing `/` (`/v3/ecommerce/applyments/`): both SDKs join chain
 * segments with `/`, so the chained form ends in `_empty_`, a placeholder given the value `''`.
 */
export const TRAILING_SLASH_PARAM = 'empty'

/** Whether the path ends in `/`, which the chained call forms spell as a `_empty_` segment. */
export function hasTrailingSlash(path: string): boolean {
  return path.length > 1 && path.endsWith('/')
}

/** Splits `/v3/pay/transactions/id/{transaction_id}` into the segments an SDK chain walks. */
export function pathSegments(path: string): PathSegment[] {
  const segments = path.split('/').filter(Boolean).map((raw): PathSegment => {
    const param = /^\{(.+)\}$/.exec(raw)?.[1]
    if (param) return { raw, property: `_${param}_`, nodeProperty: `_${param}_`, param }
    const property = camelCase(raw)
    const nodeProperty = NODE_RESERVED.has(property) ? property.charAt(0).toUpperCase() + property.slice(1) : property
    return { raw, property, nodeProperty }
  })
  if (hasTrailingSlash(path)) {
    const property = `_${TRAILING_SLASH_PARAM}_`
    segments.push({ raw: '', property, nodeProperty: property, param: TRAILING_SLASH_PARAM })
  }
  return segments
}

/** The string given to `chain()` or to array access: the path without its leading slash. */
export function chainKey(path: string): string {
  return path.replace(/^\//, '')
}

/** A property name as it must be written after a dot, or quoted inside brackets when it cannot. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name)
}
