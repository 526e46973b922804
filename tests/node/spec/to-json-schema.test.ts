import { describe, expect, it } from 'vitest'
import { parseSchema } from '../../../.vitepress/node/spec/parse-schema'
import { toJsonSchema } from '../../../.vitepress/node/spec/to-json-schema'
import { createValidator } from '../../support/json-schema'

const ctx = { file: 'fixture.md', field: 'request.body' }

const body = parseSchema(
  {
    type: 'object',
    description: '下单参数',
    required: ['appid', 'amount'],
    properties: {
      appid: { type: 'string', description: '应用ID', minLength: 3, maxLength: 32, pattern: '^wx', example: 'wxd678efh567hg6787' },
      time_expire: { type: 'string', format: 'date-time', description: '交易结束时间', example: '2018-06-08T10:34:56+08:00' },
      amount: {
        type: 'object',
        required: ['total'],
        properties: {
          total: { type: 'integer', description: '总金额', minimum: 1, maximum: 100000, example: 100 },
          currency: { type: 'string', enum: ['CNY'], enumDescriptions: { CNY: '人民币' }, example: 'CNY' },
        },
      },
      goods: {
        type: 'array',
        items: { type: 'object', properties: { price: { type: 'number', example: 1.5 }, gift: { type: 'boolean', example: false } } },
      },
      card: { type: 'string', encrypted: true, description: '加密的卡号', example: 'ciphertext' },
    },
  },
  ctx,
)

describe('toJsonSchema', () => {
  it('maps types, properties, required, items, enum, format, bounds, pattern, description and examples', () => {
    expect(toJsonSchema(body)).toEqual({
      type: 'object',
      description: '下单参数',
      required: ['appid', 'amount'],
      additionalProperties: false,
      properties: {
        appid: { type: 'string', description: '应用ID', minLength: 3, maxLength: 32, pattern: '^wx', examples: ['wxd678efh567hg6787'] },
        time_expire: { type: 'string', description: '交易结束时间', format: 'date-time', examples: ['2018-06-08T10:34:56+08:00'] },
        amount: {
          type: 'object',
          required: ['total'],
          additionalProperties: false,
          properties: {
            total: { type: 'integer', description: '总金额', minimum: 1, maximum: 100000, examples: [100] },
            currency: { type: 'string', enum: ['CNY'], examples: ['CNY'] },
          },
        },
        goods: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            properties: { price: { type: 'number', examples: [1.5] }, gift: { type: 'boolean', examples: [false] } },
          },
        },
        card: { type: 'string', description: '加密的卡号', examples: ['ciphertext'] },
      },
    })
  })

  it('leaves objects open when asked, for groups such as request headers', () => {
    const headers = parseSchema({ properties: { 'Wechatpay-Serial': { type: 'string', example: 'PUB_KEY_ID_01' } } }, ctx)
    expect(toJsonSchema(headers, { closed: false })).toEqual({
      type: 'object',
      additionalProperties: true,
      properties: { 'Wechatpay-Serial': { type: 'string', examples: ['PUB_KEY_ID_01'] } },
    })
  })

  it('shares nothing with the spec it converts', () => {
    const converted = toJsonSchema(body)
    converted.required!.push('time_expire')
    converted.properties!.amount.properties!.currency.enum!.push('USD')
    expect(body.required).toEqual(['appid', 'amount'])
    expect(body.properties.amount.properties.currency.enum).toEqual(['CNY'])
  })

  it('gives ajv (strict mode) a schema that accepts the example and rejects what the spec forbids', () => {
    const validate = createValidator(toJsonSchema(body))
    const good = { appid: 'wx1', time_expire: '2018-06-08T10:34:56+08:00', amount: { total: 1, currency: 'CNY' }, goods: [{ price: 2 }] }
    expect(validate(good)).toEqual([])
    expect(validate({ ...good, amount: { total: 1 } })).toEqual([])
    expect(validate({ amount: { total: 1 } })).toEqual(['(root): must have required property \'appid\''])
    expect(validate({ ...good, amount: { total: '1' } })).toEqual(['/amount/total: must be integer'])
    expect(validate({ ...good, amount: { total: 1.5 } })).toEqual(['/amount/total: must be integer'])
    expect(validate({ ...good, amount: { total: 1, currency: 'USD' } })).toEqual(['/amount/currency: must be equal to one of the allowed values CNY'])
    expect(validate({ ...good, extra: 1 })).toEqual(["(root): has the property 'extra', which the spec does not list"])
    expect(validate({ ...good, goods: [{ price: 1, colour: 'red' }] })).toEqual(["/goods/0: has the property 'colour', which the spec does not list"])
    expect(validate({ ...good, appid: 'wx' })).toEqual(['/appid: must NOT have fewer than 3 characters'])
    expect(validate({ ...good, appid: `wx${'0'.repeat(31)}` })).toEqual(['/appid: must NOT have more than 32 characters'])
    expect(validate({ ...good, appid: 'ww1' })).toEqual(['/appid: must match pattern "^wx"'])
    expect(validate({ ...good, amount: { total: 0 } })).toEqual(['/amount/total: must be >= 1'])
    expect(validate({ ...good, amount: { total: 100001 } })).toEqual(['/amount/total: must be <= 100000'])
    expect(validate({ ...good, time_expire: 'tomorrow' })).toEqual(['/time_expire: must match format "date-time"'])
  })
})
