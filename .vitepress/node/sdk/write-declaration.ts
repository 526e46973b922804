import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { DECLARATION_FILE, declarationWithParts } from './generate-declaration'
import { snippetEndpoint } from './snippet-endpoint'

/** The declaration's path and the hash of its text, which keys the twoslash cache. */
export interface WrittenDeclaration {
  file: string
  hash: string
  /**
   * The hash of what a snippet can see of the declaration: for a snippet generated for one
   * endpoint (sdk/snippet-endpoint.ts), the skeleton and that endpoint's part, so editing another
   * page does not make every snippet be checked again; for any other code, the whole text.
   */
  hashFor(code: string): string
}

/**
 * Generates the SDK declaration and writes it under `snippets/`, touching the file only when its
 * text changed, so watchers and caches see no change where there is none.
 */
export function writeDeclaration(root: string, specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): WrittenDeclaration {
  const file = join(root, DECLARATION_FILE)
  const { text, parts } = declarationWithParts(specs, webhooks)
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  const hash = createHash('sha256').update(text).digest('hex')
  return {
    file,
    hash,
    hashFor(code) {
      const endpoint = snippetEndpoint(code)
      const own = endpoint === undefined ? undefined : parts.endpoints.get(endpoint)
      return own === undefined ? hash : `${parts.skeleton}:${own}`
    },
  }
}
