import type { CompilerOptions } from 'typescript'
import { createTransformerFactory, type TwoslashTypesCache } from '@shikijs/twoslash/core'
import { createTwoslasher } from 'twoslash'
import { hoverRenderer } from './hover-renderer'

/**
 * The Shiki transformer that type-checks every ```ts twoslash block with twoslash and marks its
 * identifiers for hover popups. Any type error throws, which fails the build.
 */
export function snippetTransformer(options: { compilerOptions: CompilerOptions; typesCache?: TwoslashTypesCache }) {
  const transformer = createTransformerFactory(createTwoslasher({ compilerOptions: options.compilerOptions }))({
    langs: ['ts'],
    explicitTrigger: true,
    renderer: hoverRenderer,
    throws: true,
    typesCache: options.typesCache,
  })
  return { ...transformer, name: 'wechatpay-docs:twoslash' }
}
