import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { createTwoslasher, typescript, typescriptVersion } from '../../../.vitepress/node/twoslash/lazy-typescript'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/** Imports `modules` in a fresh Node process and says whether TypeScript's compiler got loaded. */
function loadsTypeScript(script: string): boolean {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1)!) as boolean
}

const probe = (body: string) =>
  [
    "import { createRequire } from 'node:module'",
    body,
    "const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.endsWith('/typescript/lib/typescript.js'))",
    'console.log(JSON.stringify(loaded))',
  ].join('\n')

describe('lazy-typescript', () => {
  it('gives the installed TypeScript and its version', () => {
    expect(typescript().version).toBe(ts.version)
    expect(typescriptVersion()).toBe(ts.version)
  })

  it('makes a working twoslash function', () => {
    const twoslash = createTwoslasher({ compilerOptions: { strict: true } })
    const result = twoslash('const amount = 100\n//    ^?', 'ts')
    expect(result.queries[0]?.text).toBe('const amount: 100')
  })

  it('leaves TypeScript unloaded when the twoslash transformer and the types cache are only imported and made', () => {
    const setUp = [
      "const { snippetTransformer } = await import('./.vitepress/node/twoslash/transformer.ts')",
      "const { createTypesCache } = await import('./.vitepress/node/twoslash/types-cache.ts')",
      "const { mkdtempSync } = await import('node:fs')",
      "const cache = createTypesCache(mkdtempSync('/tmp/lazy-ts-'), () => 'hash')",
      'cache.read("const a = 1")',
      "snippetTransformer({ compilerOptions: {}, declaration: { file: '/nowhere.d.ts', version: () => 'v' }, typesCache: cache })",
    ].join('\n')
    expect(loadsTypeScript(probe(setUp))).toBe(false)
    expect(loadsTypeScript(probe(`${setUp}\nconst { typescript } = await import('./.vitepress/node/twoslash/lazy-typescript.ts')\ntypescript()`))).toBe(true)
  })
})
