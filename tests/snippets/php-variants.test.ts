import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadApiPages } from '../../.vitepress/node/spec/load-pages'
import { exampleOf } from '../../.vitepress/node/spec/parse-schema'
import type { ApiPageSpec, OperationSpec } from '../../.vitepress/node/spec/types'
import { renderPhpVariants } from '../../.vitepress/node/render/php-variants'
import { requestExample } from '../../.vitepress/node/render/request-example'
import { downloadBytes } from '../support/mock-wechatpay/reply'
import { checkUpload } from '../support/mock-wechatpay/multipart'
import { lintPhp, phpPrintR, PhpScratch, runPhpSnippet, type PhpRecord } from '../support/run-php-snippet'

const pages = [...loadApiPages('docs').values()].map((loaded) => loaded.spec)
const scratch = new PhpScratch()
afterAll(() => scratch.dispose())

/** An upload's test file: a PNG signature, then bytes that are not valid UTF-8. */
const UPLOAD = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]), randomBytes(1024)])

/** The reply the recording chain gives: the documented status and the response example (a download's file bytes). */
function replyOf(operation: OperationSpec) {
  const { body, download, status } = operation.response
  if (download) return { status, body: downloadBytes(download) }
  return { status, body: body ? JSON.stringify(exampleOf(body)) : '' }
}

/** What the SDK would send for the spec's example request: the path with the example parameters filled in. */
function expectedRecord(page: ApiPageSpec, operation: OperationSpec): PhpRecord {
  const example = requestExample(operation)
  const url = page.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(String(example.path[name])))
  return {
    method: operation.method,
    url,
    query: example.query ?? null,
    headers: example.headers ?? null,
    json: example.body ?? null,
    unused: [],
    ...(operation.response.download ? { sink: operation.response.download.filename } : {}),
  }
}

/** An upload's call: the form MediaUtil built carries the example meta with the file's digest, and the file byte for byte. */
function expectUpload(record: PhpRecord, page: ApiPageSpec, operation: OperationSpec): void {
  const multipart = operation.request.multipart!
  const { body, headers, ...rest } = record
  const { headers: _h, ...expected } = expectedRecord(page, operation)
  expect(rest).toEqual(expected)
  const sent = headers as Record<string, string>
  expect(sent).toEqual({ Accept: 'application/json', 'Content-Type': expect.stringMatching(/^multipart\/form-data; boundary=/) })
  expect(body, 'the call passes the form as body').toBeTypeOf('string')
  const upload = checkUpload(multipart, Buffer.from(body!, 'base64'), sent['Content-Type'])
  expect(upload.problems).toEqual([])
  expect(upload.meta).toEqual({ ...requestExample(operation).meta, sha256: createHash('sha256').update(UPLOAD).digest('hex') })
  expect(upload.file?.bytes.equals(UPLOAD)).toBe(true)
}

const outputs = new Map<OperationSpec, Promise<string>>()

/** What the snippet prints: the reply body through `print_r(json_decode(...))`, or the status; once per operation. */
function expectedOutput(operation: OperationSpec): Promise<string> {
  let output = outputs.get(operation)
  if (!output) {
    const reply = replyOf(operation)
    output = operation.response.body ? phpPrintR(reply.body.toString(), scratch) : Promise.resolve(`${reply.status}\n`)
    outputs.set(operation, output)
  }
  return output
}

// Each variant runs in its own PHP processes and files, so they run side by side (vitest's maxConcurrency).
describe.concurrent('every PHP variant parses and calls the documented endpoint with the example request', () => {
  it('covers every API page', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  for (const page of pages) {
    for (const operation of page.operations) {
      for (const sample of renderPhpVariants(page, operation)) {
        it(`${page.file}: ${operation.method} ${sample.label}`, async ({ expect }) => {
          const file = scratch.write(sample.code, sample.label)
          const lint = await lintPhp(file)
          expect(lint.exitCode, `php -l:\n${lint.stdout}${lint.stderr}\n---\n${sample.code}`).toBe(0)
          expect(lint.stdout).toContain('No syntax errors detected')

          const dir = mkdtempSync(join(scratch.dir, 'run-'))
          const { multipart } = operation.request
          if (multipart) writeFileSync(join(dir, multipart.file.filename), UPLOAD)
          const result = await runPhpSnippet(file, replyOf(operation), dir)
          expect(result.stderr, sample.code).toBe('')
          expect(result.exitCode).toBe(0)
          if (multipart) {
            expect(result.records).toHaveLength(1)
            expectUpload(result.records[0], page, operation)
          } else {
            expect(result.records).toEqual([expectedRecord(page, operation)])
          }
          const { download } = operation.response
          if (download) expect(readFileSync(join(dir, download.filename)).equals(downloadBytes(download)), 'saved to sink').toBe(true)
          expect(result.stdout).toBe(await expectedOutput(operation))
        })
      }
    }
  }
})

describe('a broken PHP variant fails', () => {
  const endpoints = pages.flatMap((page) => page.operations.map((operation) => ({ page, operation })))
  const withPath = endpoints.find(({ operation }) => operation.request.path)!
  const withBody = endpoints.find(({ operation }) => operation.request.body?.type === 'object')!

  it('has API pages with path parameters and with bodies to break', () => {
    expect(withPath).toBeDefined()
    expect(withBody).toBeDefined()
  })

  it('when it does not parse: php -l refuses it', async () => {
    const [sample] = renderPhpVariants(withBody.page, withBody.operation)
    const lint = await lintPhp(scratch.write(sample.code.replace(/;\s*$/, ''), 'no-semicolon'))
    expect(lint.exitCode).not.toBe(0)
    expect(lint.stdout + lint.stderr).toMatch(/syntax error/)
  })

  it('when it calls a method the chain does not have', async () => {
    const sample = renderPhpVariants(withBody.page, withBody.operation)[3]
    const code = sample.code.replace(/->(get|post|put|patch|delete)\(/, '->send(')
    expect(code).not.toBe(sample.code)
    const result = await runPhpSnippet(scratch.write(code, 'wrong-method'), replyOf(withBody.operation))
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain('the chain has no method send()')
  })

  it('when it leaves out a path parameter: the URL keeps the placeholder', async () => {
    const { page, operation } = withPath
    const name = Object.keys(operation.request.path!.properties)[0]
    const sample = renderPhpVariants(page, operation)[3]
    const code = sample.code.replace(new RegExp(`\\n    '${name}' => [^\\n]*`), '')
    expect(code).not.toBe(sample.code)
    const result = await runPhpSnippet(scratch.write(code, 'no-path-param'), replyOf(operation))
    expect(result.records).toHaveLength(1)
    expect(result.records[0].url).toContain(`{${name}}`)
    expect(result.records).not.toEqual([expectedRecord(page, operation)])
  })

  it('when it sends another body or an option the SDK does not read', async () => {
    const { page, operation } = withBody
    const sample = renderPhpVariants(page, operation)[3]
    const code = sample.code.replace(`'json' => [\n`, `'jsn' => [\n`)
    expect(code).not.toBe(sample.code)
    const result = await runPhpSnippet(scratch.write(code, 'wrong-option'), replyOf(operation))
    expect(result.records[0]).toMatchObject({ json: null, unused: ['jsn'] })
    expect(result.records).not.toEqual([expectedRecord(page, operation)])
  })

  it('when an asynchronous variant never waits: nothing is printed', async () => {
    const { page, operation } = withBody
    const sample = renderPhpVariants(page, operation)[0]
    const code = sample.code.replace(/\n->wait\(\);$/, ';')
    expect(code).not.toBe(sample.code)
    const result = await runPhpSnippet(scratch.write(code, 'no-wait'), replyOf(operation))
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stdout).not.toBe(await expectedOutput(operation))
  })
})
