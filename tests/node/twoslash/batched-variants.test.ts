import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoslasher, type TwoslashReturn } from 'twoslash'
import { describe, expect, it, vi } from 'vitest'
import { loadApiPages, loadWebhookPages, parseApiSource } from '../../../.vitepress/node/spec/load-pages'
import { generateDeclaration } from '../../../.vitepress/node/sdk/generate-declaration'
import { renderTsVariants } from '../../../.vitepress/node/render/ts-variants'
import { checkedSource } from '../../../.vitepress/node/render/code-sample'
import { tsVariantGroups } from '../../../.vitepress/node/render/ts-variant-groups'
import { snippetCompilerOptions } from '../../../.vitepress/node/twoslash/compiler-options'
import { batchingTwoslasher, batchSource } from '../../../.vitepress/node/twoslash/batched-variants'
import { syntheticPages } from '../../../scripts/lib/synthetic-pages'
import type { ApiPageSpec } from '../../../.vitepress/node/spec/types'

const root = join(import.meta.dirname, '../../..')
const docs = join(root, 'docs')
const real = [...loadApiPages(docs).values()].map((page) => page.spec)
const synthetic = syntheticPages(40, 7).map((page) => parseApiSource(page.source, page.file)!.spec)
const specs = [...real, ...synthetic]

function declarationFile(): string {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const file = join(mkdtempSync(join(root, 'node_modules/.cache/batched-variants-')), 'sdk.d.ts')
  writeFileSync(file, generateDeclaration(specs, [...loadWebhookPages(docs).values()].map((page) => page.spec)))
  return file
}

/** What a page shows of a twoslash result: its code, its nodes and where the cut was. */
function shown(result: TwoslashReturn) {
  return { code: result.code, nodes: result.nodes, extension: result.meta.extension, removals: result.meta.removals }
}

/** Every TypeScript snippet of `pages`, in page and tab order. */
function snippetsOf(pages: ApiPageSpec[]): string[] {
  return pages.flatMap((page) => page.operations.flatMap((operation) => renderTsVariants(page, operation).map(checkedSource)))
}

describe('batchSource', () => {
  it('puts each snippet in a block of its own after the shared prelude, and says where each one starts', () => {
    const prelude = '// wechatpay-docs endpoint: /v3/x\ndeclare const n: number\n// ---cut---\n'
    const batch = batchSource([`${prelude}const a = n\nconsole.log(a)`, `${prelude}const a = n + 1`])!
    expect(batch.source).toBe(`${prelude}{\nconst a = n\nconsole.log(a)\n}\n{\nconst a = n + 1\n}`)
    const body = batch.source.slice(prelude.length)
    for (const part of batch.parts) {
      expect(body.slice(part.offset, part.offset + part.code.length)).toBe(part.code)
      expect(body.split('\n')[part.line]).toBe(part.code.split('\n')[0])
    }
  })

  it('leaves apart snippets that cannot share one file', () => {
    const prelude = 'declare const n: number\n// ---cut---\n'
    expect(batchSource([`${prelude}const a = n`])).toBeUndefined()
    expect(batchSource([`${prelude}const a = n`, `other\n// ---cut---\nconst a = n`])).toBeUndefined()
    expect(batchSource([`${prelude}import { readFileSync } from 'node:fs'\nconst a = n`, `${prelude}const a = n`])).toBeUndefined()
    expect(batchSource([`${prelude}const a = n\n//    ^?`, `${prelude}const a = n`])).toBeUndefined()
    expect(batchSource([`const a = 1`, `const a = 2`])).toBeUndefined()
  })
})

describe('batchingTwoslasher', () => {
  const file = declarationFile()
  const options = { compilerOptions: { moduleResolution: 100 as const } }

  it('gives every snippet of real and synthetic pages the same code, hovers and cut as checking it alone, in one program per group', () => {
    const alone = createTwoslasher({ compilerOptions: snippetCompilerOptions(file) })
    const inner = createTwoslasher({ compilerOptions: snippetCompilerOptions(file) })
    const calls = vi.fn(inner)
    const batched = batchingTwoslasher(calls as unknown as typeof inner, tsVariantGroups(() => specs))
    const snippets = snippetsOf(specs)
    for (const code of snippets) expect(shown(batched(code, 'ts', options)), code).toEqual(shown(alone(code, 'ts', options)))
    const batchable = specs.flatMap((page) => page.operations.map((operation) => batchSource(renderTsVariants(page, operation).map(checkedSource)))).filter(Boolean)
    expect(batchable.length).toBeGreaterThan(100)
    // one call per batchable group; the uploads and downloads (imports) one call per snippet
    expect(calls).toHaveBeenCalledTimes(snippets.length - batchable.length * 2)
  }, 600_000)

  it('checks snippet by snippet when the batch has an error, so the error reads as it does alone', () => {
    const page = structuredClone(real.find((spec) => spec.path === '/v3/pay/transactions/jsapi')!)
    const group = renderTsVariants(page, page.operations[0]).map(checkedSource)
    const broken = group.map((code) => code.replace('appid:', 'app_id:'))
    const twoslash = createTwoslasher({ compilerOptions: snippetCompilerOptions(file) })
    const batched = batchingTwoslasher(twoslash, (code) => (broken.includes(code) ? broken : undefined))
    const thrown = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return String(error)
      }
      return 'nothing thrown'
    }
    const alone = thrown(() => twoslash(broken[1], 'ts', options))
    expect(alone).toContain("'app_id' does not exist")
    expect(thrown(() => batched(broken[1], 'ts', options))).toBe(alone)
  })

  it('forgets the other snippets of a group once the synchronous render ends', async () => {
    const page = real.find((spec) => spec.path === '/v3/pay/transactions/jsapi')!
    const group = renderTsVariants(page, page.operations[0]).map(checkedSource)
    const inner = vi.fn(createTwoslasher({ compilerOptions: snippetCompilerOptions(file) }))
    const batched = batchingTwoslasher(inner as never, (code) => (group.includes(code) ? group : undefined))
    batched(group[0], 'ts', options)
    batched(group[1], 'ts', options)
    expect(inner).toHaveBeenCalledTimes(1)
    await Promise.resolve()
    batched(group[2], 'ts', options)
    expect(inner).toHaveBeenCalledTimes(2)
  })
})
