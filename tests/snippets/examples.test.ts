import { describe, expect, it } from 'vitest'
import { loadApiPages } from '../../.vitepress/node/spec/load-pages'
import { parseApiPage } from '../../.vitepress/node/spec/parse-page'
import { exampleOf } from '../../.vitepress/node/spec/parse-schema'
import { toJsonSchema } from '../../.vitepress/node/spec/to-json-schema'
import type { OperationSpec, Schema } from '../../.vitepress/node/spec/types'
import { createValidator } from '../support/json-schema'

const pages = [...loadApiPages('docs').values()].map((loaded) => loaded.spec)

/** Every example an operation shows, by where it travels, with the schema it must satisfy. */
function examplesOf(operation: OperationSpec): Array<{ part: string; schema: Schema }> {
  const { path, query, headers, body, multipart } = operation.request
  const parts: Array<[string, Schema | undefined]> = [
    ['request.path', path],
    ['request.query', query],
    ['request.headers', headers],
    ['request.body', body],
    ['request.multipart.meta', multipart?.meta],
    ['response.body', operation.response.body],
  ]
  return parts.filter((entry): entry is [string, Schema] => entry[1] !== undefined).map(([part, schema]) => ({ part, schema }))
}

/** What ajv finds wrong with the example a reader sees for a part, under the part's JSON Schema. */
function exampleProblems(schema: Schema): string[] {
  return createValidator(toJsonSchema(schema))(exampleOf(schema))
}

describe('every request and response example validates against its JSON Schema', () => {
  it('covers every API page', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  for (const page of pages) {
    for (const operation of page.operations) {
      const parts = examplesOf(operation)
      it(`${page.file}: ${operation.method} ${parts.map((p) => p.part).join(', ') || '(no examples)'}`, () => {
        for (const { part, schema } of parts) {
          expect(exampleProblems(schema), `${page.file} ${operation.method} ${part}`).toEqual([])
        }
      })
    }
  }
})

describe('an example that breaks its schema fails', () => {
  const page = parseApiPage(
    {
      title: '测试',
      description: '长度、范围和格式不对的示例',
      method: 'POST',
      path: '/v3/test/examples',
      docs: [{ title: '测试', url: 'https://example.com/test' }],
      request: {
        body: {
          type: 'object',
          properties: {
            out_trade_no: { type: 'string', minLength: 6, maxLength: 8, example: '1217752501201407033233368018' },
            total: { type: 'integer', minimum: 1, example: 0 },
            openid: { type: 'string', pattern: '^o', example: 'x123' },
            time_expire: { type: 'string', format: 'date-time', example: '2018-06-08 10:34:56' },
          },
        },
      },
    },
    'test/examples.md',
  )

  it('names each field that is out of bounds, off its pattern or not in its format', () => {
    expect(exampleProblems(page.operations[0].request.body!)).toEqual([
      '/out_trade_no: must NOT have more than 8 characters',
      '/total: must be >= 1',
      '/openid: must match pattern "^o"',
      '/time_expire: must match format "date-time"',
    ])
  })
})
