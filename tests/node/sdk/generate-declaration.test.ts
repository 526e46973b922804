import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource } from '../../../.vitepress/node/spec/load-pages'
import { generateDeclaration } from '../../../.vitepress/node/sdk/generate-declaration'

const root = join(import.meta.dirname, '../../..')
const fixtures = join(root, 'tests/node/render/fixtures')
const specs = readdirSync(fixtures)
  .filter((file) => file.endsWith('.md'))
  .map((file) => parseApiSource(readFileSync(join(fixtures, file), 'utf8'), file)!.spec)

describe('generateDeclaration', () => {
  const text = generateDeclaration(specs)

  it('matches the expected declaration for the renderer fixtures', async () => {
    await expect(text).toMatchFileSnapshot(join(import.meta.dirname, '__expected__/fixtures.generated.d.ts'))
  })

  it('is the same whatever order the pages come in', () => {
    expect(generateDeclaration([...specs].reverse())).toBe(text)
  })

  it('passes tsc --strict', () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    const dir = mkdtempSync(join(root, 'node_modules/.cache/declaration-test-'))
    const file = join(dir, 'sdk.d.ts')
    writeFileSync(file, text)
    const run = () => execFileSync(join(root, 'node_modules/.bin/tsc'), ['--ignoreConfig', '--noEmit', '--strict', '--types', 'node', file], { encoding: 'utf8' })
    expect(run).not.toThrow()
  })

  it('fails tsc when a type it references is missing (the check is real)', () => {
    const dir = mkdtempSync(join(root, 'node_modules/.cache/declaration-test-'))
    const file = join(dir, 'sdk.d.ts')
    writeFileSync(file, text.replace('export interface PostRequest {', 'export interface PostRequestRenamed {'))
    let output = ''
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['--ignoreConfig', '--noEmit', '--strict', '--types', 'node', file], { stdio: 'pipe', encoding: 'utf8' })
    } catch (error) {
      output = String((error as { stdout?: string }).stdout)
    }
    expect(output).toContain("has no exported member 'PostRequest'")
  })

  it('documents each field with its description, for hover popups', () => {
    expect(text).toContain('/** 批次号，出行券所属的批次 */')
    expect(text).toMatch(/stock_id: number/)
    expect(text).toContain("'v3/industry-coupon/tokens': V3.IndustryCoupon.Tokens")
  })
})
