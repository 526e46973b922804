import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TwoslashTypesCache } from '@shikijs/twoslash/core'

type CachedResult = NonNullable<ReturnType<TwoslashTypesCache['read']>>

/**
 * A disk cache of twoslash results whose key covers the snippet, the TypeScript version and the
 * hash of the SDK declaration the snippet is checked against, so a changed declaration never
 * serves stale types. `declarationHash` is asked on every lookup, with the snippet: it changes
 * when a spec is edited, and may hash only the part of the declaration the snippet sees.
 */
export function createTypesCache(dir: string, declarationHash: (code: string) => string, typescriptVersion: string): TwoslashTypesCache {
  const keyOf = (code: string) =>
    createHash('sha256').update(typescriptVersion).update('\0').update(declarationHash(code)).update('\0').update(code).digest('hex').slice(0, 24)
  return {
    init() {
      mkdirSync(dir, { recursive: true })
    },
    read(code) {
      const file = join(dir, `${keyOf(code)}.json`)
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CachedResult) : null
    },
    write(code, data) {
      writeFileSync(join(dir, `${keyOf(code)}.json`), JSON.stringify(data))
    },
  }
}
