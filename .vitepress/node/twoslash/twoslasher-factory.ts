import { createRequire } from 'node:module'
import type * as TypeScript from 'typescript'
import type { CreateTwoslashOptions, TwoslashFunction } from 'twoslash/core'

/** Makes a twoslash function with the given options (twoslash's `createTwoslasher`, TypeScript supplied). */
export type TwoslasherFactory = (options: Omit<CreateTwoslashOptions, 'tsModule' | 'vfsRoot'>) => TwoslashFunction

const require = createRequire(import.meta.url)

/** The version of the TypeScript twoslash checks with, read from its package without loading the compiler. */
export function typescriptVersion(): string {
  return (require('typescript/package.json') as { version: string }).version
}

/**
 * How the site's twoslash functions are made. A build checks code from the start and loads
 * TypeScript with the modules, through twoslash's own entry (a highlighting worker imports that
 * entry itself: loaded later, or with `require`, the worker grew by 60–200 MB, for a reason not
 * found). With `lazy`, the dev server's choice, TypeScript is required at the first check: the
 * first page's code comes from the highlight cache, and loading the compiler (0.6 s of the one
 * thread) waits for the idle warm-up.
 */
export async function loadTwoslasherFactory(lazy: boolean): Promise<TwoslasherFactory> {
  if (!lazy) return (await import('twoslash')).createTwoslasher
  const { createTwoslasher } = await import('twoslash/core')
  const vfsRoot = process.cwd()
  return (options) => {
    let twoslash: TwoslashFunction | undefined
    return ((...args: Parameters<TwoslashFunction>) => {
      twoslash ??= createTwoslasher({ vfsRoot, tsModule: require('typescript') as typeof TypeScript, ...options })
      return twoslash(...args)
    }) as TwoslashFunction
  }
}
