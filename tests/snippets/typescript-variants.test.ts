import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { TRAILING_SLASH_PARAM } from '../../.vitepress/node/sdk/call-path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadApiPages } from '../../.vitepress/node/spec/load-pages'
import { exampleOf } from '../../.vitepress/node/spec/parse-schema'
import type { OperationSpec } from '../../.vitepress/node/spec/types'
import { renderTsVariants } from '../../.vitepress/node/render/ts-variants'
import { requestExample } from '../../.vitepress/node/render/request-example'
import { createSdkClient } from '../support/mock-wechatpay/client'
import { startMockWechatpay, type MockWechatpay } from '../support/mock-wechatpay/server'
import { runTsSnippet } from '../support/run-ts-snippet'
import { snippetModules } from '../support/snippet-modules'
import { downloadBytes } from '../support/mock-wechatpay/reply'

const pages = [...loadApiPages('docs').values()].map((loaded) => loaded.spec)

let mock: MockWechatpay
let wxpay: unknown
const scratch = mkdtempSync(join(tmpdir(), 'ts-snippets-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** An upload's test file: a PNG signature, then bytes that are not valid UTF-8, so a text round trip would break it. */
const UPLOAD = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]), randomBytes(1024)])

beforeAll(async () => {
  mock = await startMockWechatpay({ pages })
  wxpay = createSdkClient(mock)
})
afterAll(() => mock.close())
beforeEach(() => {
  mock.take()
})

/** Query strings, path segments and headers travel as text: the example values as the mock reads them. */
function asText(values: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value)]))
}

/**
 * What the snippet's `console.log(...)` must print when the reply is the response example:
 * `status`, `data`, or some of its top-level fields (`data.code_url`, `data['x']`).
 */
function expectedOutput(code: string, operation: OperationSpec): unknown[][] {
  const args = /^console\.log\((.*)\)$/m.exec(code)?.[1]
  if (args === undefined) throw new Error(`the snippet prints nothing this test can check:\n${code}`)
  const example = operation.response.body ? (exampleOf(operation.response.body) as Record<string, unknown>) : undefined
  const values = args.split(/,\s*/).map((arg) => {
    if (arg === 'status') return operation.response.status
    if (arg === 'data') return example
    if (arg === 'data.byteLength' && operation.response.download) return downloadBytes(operation.response.download).length
    const field = /^data(?:\.([A-Za-z_$][\w$]*)|\['([^']+)'\])$/.exec(arg)
    if (!field || !example) throw new Error(`unexpected console.log argument ${arg} in:\n${code}`)
    const name = field[1] ?? field[2]
    expect(example, `the snippet reads data.${name}, which the response example lacks`).toHaveProperty([name])
    return example[name]
  })
  return [values]
}

describe('every TypeScript variant runs through wechatpay-axios-plugin against the mock WeChat Pay', () => {
  it('covers every API page', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  for (const page of pages) {
    describe(page.file, () => {
      for (const operation of page.operations) {
        for (const sample of renderTsVariants(page, operation)) {
          it(`${operation.method} ${page.path}: ${sample.label}`, async () => {
            const dir = mkdtempSync(join(scratch, 'run-'))
            const { multipart } = operation.request
            if (multipart) writeFileSync(join(dir, multipart.file.filename), UPLOAD)
            let printed: unknown[][] | undefined
            let thrown: unknown
            try {
              printed = await runTsSnippet(sample.code, { wxpay }, snippetModules(dir))
            } catch (error) {
              thrown = error
            }
            const seen = mock.take()
            expect(seen.map((r) => r.mismatches), `what the mock found wrong with:\n${sample.code}`).toEqual([[]])
            expect(thrown, 'the snippet threw').toBeUndefined()
            const [request] = seen
            expect(request.operation).toBe(`${operation.method} ${page.path}`)
            const example = requestExample(operation)
            const { [TRAILING_SLASH_PARAM]: _placeholder, ...pathParams } = example.path
            expect(request.params).toEqual(asText(pathParams))
            expect(request.query).toEqual(asText(example.query))
            expect(request.declaredHeaders).toEqual(asText(example.headers))
            if (multipart) {
              // The meta the form carried and the signature covered: the example's, with the file's real digest.
              expect(request.body).toEqual({ ...example.meta, sha256: createHash('sha256').update(UPLOAD).digest('hex') })
              expect(request.file?.filename).toBe(multipart.file.filename)
              expect(request.file?.bytes.equals(UPLOAD), 'the file part carries the file byte for byte').toBe(true)
            } else {
              expect(request.body).toEqual(example.body)
            }
            const { download } = operation.response
            if (download) {
              const saved = readFileSync(join(dir, download.filename))
              expect(saved.equals(downloadBytes(download)), 'the snippet saves the bytes it was sent').toBe(true)
              const text = /gzip/.test(download.contentType) ? gunzipSync(saved).toString('utf8') : saved.toString('utf8')
              expect(text).toBe(download.example)
            }
            expect(printed).toEqual(expectedOutput(sample.code, operation))
          })
        }
      }
    })
  }
})

describe('a broken TypeScript variant fails', () => {
  const endpoints = pages.flatMap((page) => page.operations.map((operation) => ({ page, operation })))
  const cases = [
    {
      what: 'a body field the spec does not list',
      find: ({ operation }: (typeof endpoints)[number]) => operation.request.body?.type === 'object',
      breakIt: (code: string) => code.replace(/\.(post|put|patch)\(\{\n/, '.$1({\n  not_in_the_spec: 1,\n'),
      mismatch: "body: has the property 'not_in_the_spec', which the spec does not list",
    },
    {
      what: 'a query parameter the spec does not list',
      find: ({ operation }: (typeof endpoints)[number]) => !!operation.request.query,
      breakIt: (code: string) => code.replace(/params: \{\n/, 'params: {\n    not_in_the_spec: 1,\n'),
      mismatch: "query: has the property 'not_in_the_spec', which the spec does not list",
    },
    {
      what: 'a missing path parameter',
      find: ({ operation }: (typeof endpoints)[number]) => !!operation.request.path,
      // The path parameters sit in the config object, the last argument: drop the last line naming the first one.
      breakIt: (code: string, operation: OperationSpec) => {
        const name = Object.keys(operation.request.path!.properties)[0]
        const at = code.lastIndexOf(`\n  ${name}: `)
        return at < 0 ? code : code.slice(0, at) + code.slice(code.indexOf('\n', at + 1))
      },
      mismatch: /^path: \{\w+\} was sent unfilled/,
    },
  ]
  for (const { what, find, breakIt, mismatch } of cases) {
    it(`with ${what}: the SDK call throws and the mock records the mismatch`, async () => {
      const endpoint = endpoints.find(find)
      expect(endpoint, `no API page has ${what.replace(/^a (missing )?/, 'a ')} to break`).toBeDefined()
      const { page, operation } = endpoint!
      const code = renderTsVariants(page, operation)[0].code
      const broken = breakIt(code, operation)
      expect(broken).not.toBe(code)
      await expect(runTsSnippet(broken, { wxpay })).rejects.toThrow('Request failed with status code 400')
      const [request] = mock.take()
      expect(request.mismatches).toContainEqual(typeof mismatch === 'string' ? mismatch : expect.stringMatching(mismatch))
    })
  }

  it('when it prints a field the response example lacks', async () => {
    const page = pages.find((p) => p.operations.some((op) => op.response.body))!
    const operation = page.operations.find((op) => op.response.body)!
    const code = renderTsVariants(page, operation)[0].code.replace(/^console\.log\(.*\)$/m, 'console.log(data.not_in_the_reply)')
    const printed = await runTsSnippet(code, { wxpay })
    expect(printed).toEqual([[undefined]])
    expect(() => expectedOutput(code, operation)).toThrow('the snippet reads data.not_in_the_reply, which the response example lacks')
  })

  it('when it does not compile', async () => {
    await expect(runTsSnippet('const { data } = await wxpay.v3.pay(', { wxpay })).rejects.toThrow('the snippet does not compile')
  })
})
