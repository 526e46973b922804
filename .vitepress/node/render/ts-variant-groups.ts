import type { ApiPageSpec } from '../spec/types'
import { snippetEndpoint } from '../sdk/snippet-endpoint'
import { checkedSource } from './code-sample'
import { renderTsVariants } from './ts-variants'

/**
 * Finds the code group a TypeScript snippet belongs to: the checked sources of the variants of
 * the operation that renders it, on the page of the endpoint its hidden prelude names. `specs` is
 * read on every call, so a spec edited in the dev server gives its new variants.
 */
export function tsVariantGroups(specs: () => Iterable<ApiPageSpec>): (code: string) => string[] | undefined {
  return (code) => {
    const path = snippetEndpoint(code)
    if (path === undefined) return undefined
    for (const spec of specs()) {
      if (spec.path !== path) continue
      for (const operation of spec.operations) {
        const group = renderTsVariants(spec, operation).map(checkedSource)
        if (group.includes(code)) return group
      }
    }
    return undefined
  }
}
