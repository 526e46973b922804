import type { CompilerOptions } from 'typescript'
import { createTransformerFactory, type TwoslashTypesCache } from '@shikijs/twoslash/core'
import { createTwoslasher, type TwoslashFunction } from 'twoslash'
import { hoverRenderer } from './hover-renderer'

/**
 * A twoslash function that starts over (a new TypeScript environment) whenever `version` changes.
 * One environment keeps the files it has read, the SDK declaration included: after a spec edit in
 * the dev server it would go on checking snippets against the declaration it first read.
 */
export function versionedTwoslasher(create: () => TwoslashFunction, version: () => string): TwoslashFunction {
  let current: { version: string; twoslash: TwoslashFunction } | undefined
  return ((...args: Parameters<TwoslashFunction>) => {
    const now = version()
    if (current?.version !== now) current = { version: now, twoslash: create() }
    return current.twoslash(...args)
  }) as TwoslashFunction
}

/**
 * The Shiki transformer that type-checks every ```ts twoslash block with twoslash and marks its
 * identifiers for hover popups. Any type error throws, which fails the build. `declarationHash`
 * names the SDK declaration's current text (see {@link versionedTwoslasher}).
 */
export function snippetTransformer(options: { compilerOptions: CompilerOptions; typesCache?: TwoslashTypesCache; declarationHash: () => string }) {
  const twoslash = versionedTwoslasher(() => createTwoslasher({ compilerOptions: options.compilerOptions }), options.declarationHash)
  const transformer = createTransformerFactory(twoslash)({
    langs: ['ts'],
    explicitTrigger: true,
    renderer: hoverRenderer,
    throws: true,
    typesCache: options.typesCache,
  })
  return { ...transformer, name: 'wechatpay-docs:twoslash' }
}
