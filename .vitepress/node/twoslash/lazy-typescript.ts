import { createRequire } from 'node:module'
import type * as TypeScript from 'typescript'
import { createTwoslasher as createTwoslasherCore, type CreateTwoslashOptions, type TwoslashInstance } from 'twoslash/core'

const require = createRequire(import.meta.url)
let loaded: typeof TypeScript | undefined

/**
 * TypeScript, loaded when first asked for. Loading it takes half a second of the one thread (Node
 * reads its 9 MB file twice: once to tell its module format, once to compile it), and a dev server
 * whose code blocks are all cached never needs it before the first page is shown.
 */
export function typescript(): typeof TypeScript {
  loaded ??= require('typescript') as typeof TypeScript
  return loaded
}

/** TypeScript's version, read from its package without loading the compiler. */
export function typescriptVersion(): string {
  return loaded?.version ?? (require('typescript/package.json') as { version: string }).version
}

/** twoslash's `createTwoslasher`, with the TypeScript of {@link typescript} loaded only now. */
export function createTwoslasher(options: Omit<CreateTwoslashOptions, 'tsModule' | 'vfsRoot'>): TwoslashInstance {
  return createTwoslasherCore({ vfsRoot: process.cwd(), tsModule: typescript(), ...options })
}
