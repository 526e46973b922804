import type { ApiPageSpec, OperationSpec, Schema, WebhookPageSpec } from '../spec/types'
import { toJsonSchema, type JsonSchema } from '../spec/to-json-schema'
import { exampleOf } from '../spec/parse-schema'
import { productGroups } from '../site/sidebar'
import { SpecError } from '../spec/spec-error'
import { operationId } from './operation-id'
import { webhookName } from './webhook-name'
import { webhookEnvelope, webhookHeaders } from '../render/webhook-page'

/** Where the OpenAPI document is published, relative to the site root. */
export const OPENAPI_FILE = 'openapi.json'

/** The host every APIv3 endpoint is served from. */
export const API_SERVER = 'https://api.mch.weixin.qq.com'

/** The `x-` key marking a field that must be encrypted with the WeChat Pay public key. */
export const ENCRYPTED_MARKER = 'x-wechatpay-encrypted'

/** The `x-` key of a webhook operation holding the JSON Schema of its decrypted `resource`. */
export const DECRYPTED_RESOURCE = 'x-wechatpay-decrypted-resource'

/** A schema inside the document: a JSON Schema plus OpenAPI's own keywords and `x-` markers. */
type OpenApiSchema = Omit<JsonSchema, 'properties' | 'items' | 'type'> & {
  type?: string
  properties?: Record<string, OpenApiSchema>
  items?: OpenApiSchema
  [key: string]: unknown
}

type MediaTypes = Record<string, { schema: OpenApiSchema; example?: unknown; encoding?: Record<string, { contentType: string }> }>

interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  description?: string
  schema: OpenApiSchema
  example?: unknown
}

interface OpenApiOperation {
  operationId: string
  summary: string
  description: string
  tags: string[]
  externalDocs?: { url: string; description: string }
  parameters?: OpenApiParameter[]
  requestBody?: { required: boolean; description?: string; content: MediaTypes }
  responses: Record<string, { description: string; content?: MediaTypes }>
}

/** The OpenAPI 3.1 document of the site, as written to `/openapi.json`. */
export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: Array<{ url: string }>
  tags: Array<{ name: string; description: string }>
  paths: Record<string, Record<string, OpenApiOperation>>
  webhooks?: Record<string, { post: OpenApiOperation & { [DECRYPTED_RESOURCE]: OpenApiSchema } }>
  components: { schemas: Record<string, OpenApiSchema> }
}

/** The site's name and summary, for the document's `info`. */
export interface OpenApiInfo {
  title: string
  description: string
}

/**
 * The JSON Schema of a field with the encrypted marker on every field that carries it; the spec
 * field and its converted schema are walked together, since the conversion itself stays free of
 * OpenAPI-only keys (ajv uses it too).
 */
function withMarkers(schema: Schema, json: JsonSchema): OpenApiSchema {
  const out: OpenApiSchema = {}
  for (const [key, value] of Object.entries(json)) {
    if (key === 'properties' && json.properties) {
      out.properties = Object.fromEntries(
        Object.entries(json.properties).map(([name, sub]) => [name, withMarkers(schema.properties[name], sub)]),
      )
    } else if (key === 'items' && json.items && schema.items) {
      out.items = withMarkers(schema.items, json.items)
    } else {
      out[key] = value
    }
  }
  if (schema.encrypted) out[ENCRYPTED_MARKER] = true
  return out
}

function convert(schema: Schema, closed = true): OpenApiSchema {
  return withMarkers(schema, toJsonSchema(schema, { closed }))
}

function parameters(group: Schema | undefined, where: OpenApiParameter['in'], allRequired = false): OpenApiParameter[] {
  if (!group) return []
  return Object.entries(group.properties).map(([name, field]) => {
    const parameter: OpenApiParameter = {
      name,
      in: where,
      required: allRequired || group.required.includes(name),
      schema: convert(field, where !== 'header'),
    }
    if (field.description) parameter.description = field.description
    if (field.example !== undefined) parameter.example = field.example
    return parameter
  })
}

/**
 * The request body's media types. JSON bodies and multipart uploads (a binary `file` part and a
 * JSON `meta` part, the spec's `request.multipart`) are known; a new body form is one more branch.
 */
function requestBody(operation: OperationSpec): OpenApiOperation['requestBody'] {
  const { body, multipart } = operation.request
  const content: MediaTypes = {}
  if (body) content['application/json'] = { schema: convert(body), example: exampleOf(body) }
  if (multipart) {
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['file', 'meta'],
        properties: {
          file: {
            type: 'string',
            contentMediaType: multipart.file.contentTypes.length === 1 ? multipart.file.contentTypes[0] : 'application/octet-stream',
            description: multipart.file.description,
          },
          meta: convert(multipart.meta),
        },
      },
      encoding: { meta: { contentType: 'application/json' } },
    }
  }
  return Object.keys(content).length > 0 ? { required: true, content } : undefined
}

/** The success reply: a JSON body, a file (downloads, not signed), or none (204 and the like). */
function successResponse(operation: OperationSpec): OpenApiOperation['responses'][string] {
  const { response } = operation
  if (response.download) {
    return {
      description: response.download.description,
      content: { [response.download.contentType]: { schema: { type: 'string', contentMediaType: response.download.contentType } } },
    }
  }
  if (!response.body) return { description: '成功，无应答体' }
  return {
    description: '成功',
    // Open: WeChat Pay adds reply fields over time, and a client must not reject them.
    content: { 'application/json': { schema: convert(response.body, false), example: exampleOf(response.body) } },
  }
}

function buildOperation(page: ApiPageSpec, operation: OperationSpec, tag: string): OpenApiOperation {
  const out: OpenApiOperation = {
    operationId: operationId(page, operation),
    summary: operation.title,
    description: operation.description,
    tags: [tag],
    responses: {},
  }
  if (page.docs[0]) out.externalDocs = { url: page.docs[0].url, description: page.docs[0].title }
  const { request } = operation
  const params = [...parameters(request.path, 'path', true), ...parameters(request.query, 'query'), ...parameters(request.headers, 'header')]
  if (params.length > 0) out.parameters = params
  const body = requestBody(operation)
  if (body) out.requestBody = body
  out.responses[String(operation.response.status)] = successResponse(operation)
  out.responses.default = {
    description: '失败：HTTP 状态码 4xx 或 5xx，应答体给出错误码与说明',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  }
  return out
}

/**
 * Builds the OpenAPI 3.1 document of every API page: one operation per method, tagged with its
 * product line, parameters and bodies converted with the same JSON Schema conversion the tests use,
 * examples from the spec, and `x-wechatpay-encrypted: true` on encrypted fields. Pure and
 * deterministic: paths are sorted, so the same specs give the same document.
 */
export function buildOpenApi(specs: readonly ApiPageSpec[], info: OpenApiInfo, webhooks: readonly WebhookPageSpec[] = []): OpenApiDocument {
  const groups = productGroups(specs)
  const paths: OpenApiDocument['paths'] = {}
  const ids = new Map<string, string>()
  for (const group of groups) {
    for (const page of group.specs) {
      const item = (paths[page.path] ??= {})
      for (const operation of page.operations) {
        const built = buildOperation(page, operation, group.name)
        const owner = ids.get(built.operationId)
        if (owner) throw new SpecError(page.file, 'path', `operationId ${built.operationId} is already taken by ${owner}`)
        ids.set(built.operationId, page.file)
        item[operation.method.toLowerCase()] = built
      }
    }
  }
  const sortedPaths = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: 'v3', description: info.description },
    servers: [{ url: API_SERVER }],
    tags: groups.map((group) => ({ name: group.name, description: `${group.name}相关接口（路径 /v3/${group.product}/…）` })),
    paths: sortedPaths,
    ...(webhooks.length > 0 ? { webhooks: buildWebhooks(webhooks, groups) } : {}),
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', description: '详细错误码', examples: ['PARAM_ERROR'] },
            message: { type: 'string', description: '错误描述，可读' },
            detail: { type: 'object', description: '错误的详细位置与值（部分错误给出）' },
          },
        },
      },
    },
  }
}

/**
 * The notifications WeChat Pay posts to the merchant (OpenAPI 3.1 `webhooks`), one per webhook
 * page: the signed headers, the encrypted envelope, and the decrypted resource's schema under
 * `x-wechatpay-decrypted-resource`, since OpenAPI has no word for an encrypted body's content.
 */
function buildWebhooks(webhooks: readonly WebhookPageSpec[], groups: ReturnType<typeof productGroups>): NonNullable<OpenApiDocument['webhooks']> {
  const sorted = [...webhooks].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return Object.fromEntries(
    sorted.map((spec) => {
      const envelope = webhookEnvelope(spec)
      const tag = groups.find((group) => group.product === spec.product)?.name
      const name = webhookName(spec)
      const post = {
        operationId: `webhook${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
        summary: spec.title,
        description: `${spec.description}\n\n通知类型：${spec.events.map((event) => `${event.type}（${event.summary}）`).join('、')}`,
        tags: tag ? [tag] : [],
        ...(spec.docs[0] ? { externalDocs: { url: spec.docs[0].url, description: spec.docs[0].title } } : {}),
        parameters: parameters(webhookHeaders(), 'header', true),
        requestBody: { required: true, content: { 'application/json': { schema: convert(envelope), example: exampleOf(envelope) } } },
        responses: {
          '200': { description: '已处理（200 或 204，无需应答体）' },
          default: {
            description: '处理失败：返回 4xx 或 5xx，微信支付会重发通知',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
        [DECRYPTED_RESOURCE]: convert(spec.resource, false),
      }
      return [name, { post }]
    }),
  )
}
