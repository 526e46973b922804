import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { DECLARATION_FILE, generateDeclaration } from './generate-declaration'

/** The declaration's path and the hash of its text, which keys the twoslash cache. */
export interface WrittenDeclaration {
  file: string
  hash: string
}

/**
 * Generates the SDK declaration and writes it under `snippets/`, touching the file only when its
 * text changed, so watchers and caches see no change where there is none.
 */
export function writeDeclaration(root: string, specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): WrittenDeclaration {
  const file = join(root, DECLARATION_FILE)
  const text = generateDeclaration(specs, webhooks)
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return { file, hash: createHash('sha256').update(text).digest('hex') }
}
