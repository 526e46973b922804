import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { createDefaultMapFromNodeModules, createSystem, createVirtualTypeScriptEnvironment } from '@typescript/vfs'
import { createTwoslasher } from 'twoslash'
import { describe, expect, it } from 'vitest'
import { changedSpan, endpointViewTwoslasher, followingTwoslasher, skipUnchangedWrites } from '../../../.vitepress/node/twoslash/transformer'
import type { TwoslashFunction } from 'twoslash'

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

describe('endpointViewTwoslasher', () => {
  it('checks an endpoint’s snippet against that endpoint’s view, and other code against the whole declaration', async () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const file = join(mkdtempSync(join(root, 'node_modules/.cache/endpoint-view-twoslash-')), 'view.d.ts')
    const compilerOptions = { strict: true, target: 99, module: 99, moduleResolution: 100, types: [], paths: { sdk: [file] } }
    const views: Record<string, string> = {
      '/v3/a': 'export interface X { a: string }\n',
      '/v3/b': 'export interface X { b: number }\n',
    }
    const wholeCalls: string[] = []
    const whole = ((code: string) => {
      wholeCalls.push(code)
      return { code, nodes: [] }
    }) as unknown as TwoslashFunction
    let checks = 0
    const { twoslash, prepare } = endpointViewTwoslasher(
      whole,
      {
        file,
        compilerOptions,
        viewFor: (code) => {
          const endpoint = /endpoint: (\S+)/.exec(code)?.[1]
          return endpoint ? { text: views[endpoint], hash: `${endpoint}:${views[endpoint]}`, named: false } : undefined
        },
      },
      (cache) => {
        const inner = createTwoslasher({ compilerOptions, cache })
        return ((...args: Parameters<TwoslashFunction>) => {
          checks++
          return inner(...args)
        }) as TwoslashFunction
      },
    )
    const hover = (endpoint: string, target: string) => {
      const result = twoslash(`// wechatpay-docs endpoint: ${endpoint}\nimport type { X } from 'sdk'\ndeclare const x: X\n// ---cut---\nx.${target}`, 'ts')
      const node = result.nodes.find((n) => n.type === 'hover' && n.target === target)
      return node && 'text' in node ? node.text : undefined
    }
    prepare("// wechatpay-docs endpoint: /v3/b\nimport type { X } from 'sdk'\n// ---cut---\n")
    prepare("// wechatpay-docs endpoint: /v3/a\nimport type { X } from 'sdk'\n// ---cut---\nconst wrong: number = ''")
    expect(checks).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 0))
    // the last snippet asked for was checked (its error left for the page's own render)
    expect(checks).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe(views['/v3/a'])
    expect(hover('/v3/a', 'a')).toBe('(property) X.a: string')
    expect(hover('/v3/b', 'b')).toBe('(property) X.b: number')
    views['/v3/b'] = 'export interface X { b: boolean }\n'
    expect(hover('/v3/b', 'b')).toBe('(property) X.b: boolean')
    expect(() => hover('/v3/a', 'b')).toThrow(/2339/)
    expect(wholeCalls).toEqual([])
    twoslash('const guide = 1', 'ts')
    expect(wholeCalls).toEqual(['const guide = 1'])
    expect(checks).toBe(5)
    // the view read last needs no preparing
    prepare("// wechatpay-docs endpoint: /v3/a\nimport type { X } from 'sdk'\n// ---cut---\n")
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(checks).toBe(5)
    prepare("// wechatpay-docs endpoint: /v3/b\nimport type { X } from 'sdk'\n// ---cut---\n")
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(checks).toBe(6)
  }, 60_000)

  it('checks hand-written code against the view of the endpoints it names, and against the whole declaration when that fails', () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const file = join(mkdtempSync(join(root, 'node_modules/.cache/endpoint-view-twoslash-')), 'view.d.ts')
    const compilerOptions = { strict: true, target: 99, module: 99, moduleResolution: 100, types: [], paths: { sdk: [file] } }
    const wholeCalls: string[] = []
    const whole = ((code: string) => {
      wholeCalls.push(code)
      if (code.includes('wrong')) throw new Error('whole: 2322')
      return { code, nodes: [] }
    }) as unknown as TwoslashFunction
    const recorded: string[] = []
    const { twoslash } = endpointViewTwoslasher(
      whole,
      {
        file,
        compilerOptions,
        viewFor: () => ({ text: 'export interface X { named: string }\n', hash: 'named', named: true }),
        checkedWhole: (code) => recorded.push(code),
      },
      (cache) => createTwoslasher({ compilerOptions, cache }),
    )
    const guide = (body: string) => `import type { X } from 'sdk'\ndeclare const x: X\n// ---cut---\n${body}`
    // passes against the view: the whole declaration is not read
    expect(twoslash(guide('x.named'), 'ts').nodes.some((node) => node.type === 'hover' && node.text === '(property) X.named: string')).toBe(true)
    expect(wholeCalls).toEqual([])
    // reaches more than the view has: checked and recorded against the whole declaration
    expect(twoslash(guide('x.other'), 'ts').nodes).toEqual([])
    expect(wholeCalls).toEqual([guide('x.other')])
    expect(recorded).toEqual([guide('x.other')])
    // wrong against both: the whole declaration's error, and nothing recorded
    expect(() => twoslash(guide('const wrong: number = x.named'), 'ts')).toThrow('whole: 2322')
    expect(recorded).toEqual([guide('x.other')])
  }, 60_000)
})
