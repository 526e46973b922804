import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoslasher } from 'twoslash'
import { describe, expect, it } from 'vitest'
import { versionedTwoslasher } from '../../../.vitepress/node/twoslash/transformer'

const root = join(import.meta.dirname, '../../..')

describe('versionedTwoslasher', () => {
  it('checks against the declaration as it is now, once its version changed (an edit in the dev server)', () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const file = join(mkdtempSync(join(root, 'node_modules/.cache/versioned-twoslash-')), 'sdk.d.ts')
    const compilerOptions = { strict: true, target: 99, module: 99, moduleResolution: 100, types: [], paths: { sdk: [file] } }
    let version = 'a'
    const twoslash = versionedTwoslasher(() => createTwoslasher({ compilerOptions }), () => version)
    const hover = () => {
      const node = twoslash("import type { X } from 'sdk'\ndeclare const x: X\n// ---cut---\nx.a", 'ts').nodes.find((n) => n.type === 'hover' && n.target === 'a')
      return node && 'text' in node ? node.text : undefined
    }
    writeFileSync(file, 'export interface X { a: string }\n')
    expect(hover()).toBe('(property) X.a: string')
    writeFileSync(file, 'export interface X { a: number }\n')
    version = 'b'
    expect(hover()).toBe('(property) X.a: number')
  }, 60_000)
})
