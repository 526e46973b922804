import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite, createSmallSite } from '../support/small-site'

const sites: string[] = []

afterAll(() => {
  for (const dir of sites) rmSync(dir, { recursive: true, force: true })
})

/** Every file under a folder, as paths relative to it, sorted. */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))]))
    .sort()
}

describe('reproducible builds', () => {
  it('builds the same site twice, each with a fresh cache, into byte-identical output, the code highlighted by worker processes or by the build itself', async () => {
    // Two API pages of different product lines plus a page with several methods, so that the
    // sidebar, the API index, the search index and the SDK declaration all have something to order.
    const dir = createSmallSite('reproducible', {
      'openapi/v3/marketing/busifavor/stocks/_stock_id_.md': readFileSync(join(import.meta.dirname, '../node/render/fixtures/several-methods.md'), 'utf8'),
    })
    sites.push(dir)
    const outDirs = ['.vitepress/dist-a', '.vitepress/dist-b']
    const declarations: string[] = []
    for (const [i, outDir] of outDirs.entries()) {
      rmSync(join(dir, '.vitepress/cache'), { recursive: true, force: true })
      rmSync(join(dir, 'snippets'), { recursive: true, force: true })
      const { status, output } = await buildSite(dir, ['--outDir', outDir], i === 0 ? {} : { DOCS_PRERENDER: 'off' })
      expect(status, output).toBe(0)
      expect(output.includes('highlighted the code of'), output).toBe(i === 0)
      declarations.push(readFileSync(join(dir, 'snippets/wechatpay.generated.d.ts'), 'utf8'))
    }
    const [a, b] = outDirs.map((outDir) => join(dir, outDir))
    const filesA = listFiles(a)
    const filesB = listFiles(b)
    expect(filesA.length).toBeGreaterThan(10)
    expect(filesB, 'the two builds wrote different file names').toEqual(filesA)
    const differing = filesA.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
    expect(differing, `files that differ between the two builds:\n${differing.join('\n')}`).toEqual([])
    expect(declarations[1], 'the generated SDK declaration differs between the two builds').toBe(declarations[0])
  }, 900_000)
})
