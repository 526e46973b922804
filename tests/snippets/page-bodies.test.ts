import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadApiPages } from '../../.vitepress/node/spec/load-pages'
import { createSdkClient } from '../support/mock-wechatpay/client'
import { startMockWechatpay, type MockWechatpay } from '../support/mock-wechatpay/server'
import { pageBlocks, shownCode } from '../support/page-blocks'
import { runTsSnippet } from '../support/run-ts-snippet'
import { snippetModules } from '../support/snippet-modules'
import { lintPhp } from '../support/run-php-snippet'

const loaded = loadApiPages('docs')
const pages = [...loaded.values()].map((page) => page.spec)
const scratch = mkdtempSync(join(tmpdir(), 'page-bodies-'))
let mock: MockWechatpay
let wxpay: unknown

beforeAll(async () => {
  mock = await startMockWechatpay({ pages })
  wxpay = createSdkClient(mock)
})
afterAll(async () => {
  await mock.close()
  rmSync(scratch, { recursive: true, force: true })
})

const download = pages.find((page) => page.path === '/v3/billdownload/file')!.operations[0].response.download!

describe('code in the markdown of API pages', () => {
  it('every PHP block of an API page passes php -l', async () => {
    const blocks = [...loaded.keys()].flatMap((file) => pageBlocks('docs', file).filter((b) => b.lang === 'php').map((b) => ({ file, ...b })))
    expect(blocks.length).toBeGreaterThan(0)
    for (const [i, block] of blocks.entries()) {
      const path = join(scratch, `${i}.php`)
      writeFileSync(path, block.code.startsWith('<?php') ? block.code : `<?php\n${block.code}`)
      const lint = await lintPhp(path)
      expect(lint.exitCode, `${block.file}:\n${lint.stdout}${lint.stderr}`).toBe(0)
    }
  })

  it('tradebill.md download-bill: applies, downloads unsigned, checks the SHA-1 and saves the bill', async () => {
    const block = pageBlocks('docs', 'openapi/v3/bill/tradebill.md').find((b) => b.name === 'download-bill')!
    expect(block.lang).toBe('ts')
    const dir = mkdtempSync(join(scratch, 'bill-'))
    mock.take()
    const printed = await runTsSnippet(shownCode(block.code), { wxpay }, snippetModules(dir))
    const seen = mock.take()
    expect(seen.map((r) => r.operation)).toEqual(['GET /v3/bill/tradebill', 'GET /v3/billdownload/file'])
    expect(seen.map((r) => r.mismatches)).toEqual([[], []])
    expect(readFileSync(join(dir, 'tradebill-2026-11-21.csv'), 'utf8')).toBe(download.example)
    expect(printed).toEqual([[Buffer.byteLength(download.example)]])
  })

  it('tradebill.md download-bill: refuses a file whose SHA-1 differs', async () => {
    const block = pageBlocks('docs', 'openapi/v3/bill/tradebill.md').find((b) => b.name === 'download-bill')!
    const code = shownCode(block.code).replace("const csv = gunzipSync(gzipped)", "const csv = Buffer.concat([gunzipSync(gzipped), Buffer.from('x')])")
    await expect(runTsSnippet(code, { wxpay, Buffer }, snippetModules(mkdtempSync(join(scratch, 'bad-'))))).rejects.toThrow(/账单文件不完整/)
  })
})
