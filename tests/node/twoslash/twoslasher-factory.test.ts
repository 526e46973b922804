import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadTwoslasherFactory, typescriptVersion } from '../../../.vitepress/node/twoslash/twoslasher-factory'

const require = createRequire(import.meta.url)
const compilerOptions = { strict: true, noEmit: true, types: [] }

describe('typescriptVersion', () => {
  it("is the version of the TypeScript twoslash checks with (the types cache's key)", () => {
    expect(typescriptVersion()).toBe((require('typescript') as { version: string }).version)
  })
})

describe('loadTwoslasherFactory', () => {
  for (const lazy of [false, true]) {
    it(`${lazy ? 'lazily' : 'at once'}: checks a snippet, with its hovers, and throws on a type error`, async () => {
      const twoslash = (await loadTwoslasherFactory(lazy))({ compilerOptions })
      const result = twoslash('const total: number = 1\nconst doubled = total * 2', 'ts')
      expect(result.hovers.map((hover) => hover.text)).toContain('const doubled: number')
      expect(() => twoslash("const total: number = 'one'", 'ts')).toThrow(/Type 'string' is not assignable to type 'number'/)
    })
  }

  it('lazily: TypeScript is not loaded until the first check', () => {
    const factory = fileURLToPath(new URL('../../../.vitepress/node/twoslash/twoslasher-factory.ts', import.meta.url))
    const script = `
      import { createRequire } from 'node:module'
      import { loadTwoslasherFactory } from ${JSON.stringify(factory)}
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.endsWith('/typescript/lib/typescript.js'))
      const twoslash = (await loadTwoslasherFactory(true))({ compilerOptions: { noEmit: true, types: [] } })
      const before = loaded()
      twoslash('const a = 1', 'ts')
      console.log(JSON.stringify({ before, after: loaded() }))`
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual({ before: false, after: true })
  })
})
