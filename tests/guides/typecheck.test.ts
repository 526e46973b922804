/**
 * Type-checks every `ts twoslash` block of the guides as the build does (same compiler options, the
 * SDK declaration generated from the API pages), so a broken guide snippet is reported with its
 * file and line without a full site build.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoslasher } from 'twoslash'
import { describe, expect, it } from 'vitest'
import { loadApiPages } from '../../.vitepress/node/spec/load-pages'
import { generateDeclaration } from '../../.vitepress/node/sdk/generate-declaration'
import { snippetCompilerOptions } from '../../.vitepress/node/twoslash/compiler-options'
import { guideBlocks, guideFiles } from './snippets'

const root = join(import.meta.dirname, '../..')
const workDir = join(root, '.vitepress/cache/guide-typecheck')
mkdirSync(workDir, { recursive: true })
const declarationFile = join(workDir, 'wechatpay.generated.d.ts')
writeFileSync(declarationFile, generateDeclaration([...loadApiPages(join(root, 'docs')).values()].map((page) => page.spec)))
const twoslasher = createTwoslasher({ compilerOptions: snippetCompilerOptions(declarationFile) })

const blocks = guideFiles().flatMap(guideBlocks).filter((block) => block.lang === 'ts' && /\btwoslash\b/.test(block.meta))

describe('guide TypeScript blocks type-check', () => {
  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(10)
  })

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s', (_, block) => {
    expect(() => twoslasher(block.code, 'ts')).not.toThrow()
  })
})
