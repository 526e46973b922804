import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { createDefaultMapFromNodeModules, createSystem, createVirtualTypeScriptEnvironment } from '@typescript/vfs'
import { createTwoslasher } from 'twoslash'
import { describe, expect, it } from 'vitest'
import { changedSpan, followingTwoslasher, skipUnchangedWrites } from '../../../.vitepress/node/twoslash/transformer'

const root = join(import.meta.dirname, '../../..')

describe('changedSpan', () => {
  it('finds the one span that differs', () => {
    expect(changedSpan('interface X { a: string }', 'interface X { a: number }')).toEqual({ start: 17, length: 6, text: 'number' })
    expect(changedSpan('abc', 'abXc')).toEqual({ start: 2, length: 0, text: 'X' })
    expect(changedSpan('aaa', 'aa')).toEqual({ start: 2, length: 1, text: '' })
    expect(changedSpan('same', 'same')).toEqual({ start: 4, length: 0, text: '' })
  })
})

describe('skipUnchangedWrites', () => {
  const compilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'] }
  const environment = () => {
    const files = createDefaultMapFromNodeModules(compilerOptions, ts)
    files.set('/index.ts', 'export const a: number = 1\n')
    return skipUnchangedWrites(createVirtualTypeScriptEnvironment(createSystem(files), ['/index.ts'], ts, compilerOptions))
  }

  it('keeps the program when a file is written with the text it has', () => {
    const env = environment()
    const before = env.languageService.getProgram()
    env.updateFile('/index.ts', 'export const a: number = 1\n')
    expect(env.languageService.getProgram()).toBe(before)
  })

  it('still applies a write that changes the text, and its errors are found', () => {
    const env = environment()
    const before = env.languageService.getProgram()
    env.updateFile('/index.ts', "export const a: number = 'one'\n")
    expect(env.languageService.getProgram()).not.toBe(before)
    expect(env.languageService.getSemanticDiagnostics('/index.ts').map((d) => d.code)).toEqual([2322])
    env.updateFile('/index.ts', 'x', { start: 25, length: 5 })
    expect(env.getSourceFile('/index.ts')?.text).toBe('export const a: number = x\n')
  })

  it('leaves twoslash reporting a type error once the write before the error check is skipped', () => {
    const twoslash = followingTwoslasher((cache) => createTwoslasher({ compilerOptions: { strict: true }, cache }), { file: '/none.d.ts', version: () => '' })
    expect(() => twoslash("const n: number = 'one'", 'ts')).toThrow(/2322/)
    expect(twoslash('const n: number = 1', 'ts').errors).toEqual([])
  }, 60_000)
})

describe('followingTwoslasher', () => {
  it('checks against the declaration as it is now, once its version changed (an edit in the dev server)', () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const file = join(mkdtempSync(join(root, 'node_modules/.cache/following-twoslash-')), 'sdk.d.ts')
    const compilerOptions = { strict: true, target: 99, module: 99, moduleResolution: 100, types: [], paths: { sdk: [file] } }
    let version = 'a'
    let created = 0
    const twoslash = followingTwoslasher(
      (cache) => {
        created++
        return createTwoslasher({ compilerOptions, cache })
      },
      { file, version: () => version },
    )
    const hover = (target: string) => {
      const node = twoslash(`import type { X } from 'sdk'\ndeclare const x: X\n// ---cut---\nx.${target}`, 'ts').nodes.find((n) => n.type === 'hover' && n.target === target)
      return node && 'text' in node ? node.text : undefined
    }
    writeFileSync(file, '/** first */\nexport interface X { a: string }\n')
    expect(hover('a')).toBe('(property) X.a: string')
    writeFileSync(file, '/** first */\nexport interface X { a: number; b: boolean }\n')
    version = 'b'
    expect(hover('a')).toBe('(property) X.a: number')
    expect(hover('b')).toBe('(property) X.b: boolean')
    writeFileSync(file, 'export interface X { a: 1 }\n')
    version = 'c'
    expect(hover('a')).toBe('(property) X.a: 1')
    expect(created).toBe(1)
  }, 60_000)
})
