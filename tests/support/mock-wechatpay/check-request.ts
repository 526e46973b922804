import type { IncomingHttpHeaders } from 'node:http'
import type { OperationSpec, Schema } from '../../../.vitepress/node/spec/types'
import { toJsonSchema } from '../../../.vitepress/node/spec/to-json-schema'
import { createValidator, type Validator } from '../json-schema'
import type { Route } from './routes'
import { checkUpload } from './multipart'

/** A request as the mock received it, before any check. */
export interface ReceivedRequest {
  method: string
  /** Path and query string, exactly as sent. */
  url: string
  headers: IncomingHttpHeaders
  /** The raw body, decoded as UTF-8 (the empty string when there is none). */
  body: string
  /** The raw body as received: an upload's file bytes are not text. */
  bytes?: Buffer
}

/** The parts of a request the checks read, and what they found wrong. */
export interface CheckedRequest {
  query: Record<string, string | string[]>
  /** The declared headers that were sent, under the spec's spelling of their names. */
  headers: Record<string, string>
  /** The parsed JSON body, or an upload's `meta`, when there is one. */
  body?: unknown
  /** What the request signature covers when it is not the raw body: an upload's `meta` text. */
  signedBody?: string
  /** An upload's file part. */
  file?: { filename?: string; contentType?: string; bytes: Buffer }
  mismatches: string[]
}

/** How an operation's request body travels. */
export type BodyKind = 'none' | 'json' | 'multipart'

/** The body kind an operation declares. */
export function bodyKind(operation: OperationSpec): BodyKind {
  if (operation.request.body) return 'json'
  if (operation.request.multipart) return 'multipart'
  return 'none'
}

/** How a part is checked: a JSON body as sent; URL parts and headers read from text first; headers left open. */
type CheckKind = 'body' | 'text' | 'headers'

const validatorCache = new WeakMap<Schema, Partial<Record<CheckKind, Validator>>>()

function validator(schema: Schema, kind: CheckKind): Validator {
  let entry = validatorCache.get(schema)
  if (!entry) validatorCache.set(schema, (entry = {}))
  return (entry[kind] ??= createValidator(toJsonSchema(schema, { closed: kind !== 'headers' }), { coerce: kind !== 'body' }))
}

function prefixed(part: string, problems: string[]): string[] {
  return problems.map((problem) => `${part}${problem.startsWith('(root)') ? problem.slice('(root)'.length) : problem}`)
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    query[key] = values.length === 1 ? values[0] : values
  }
  return query
}

function checkParams(route: Route): string[] {
  const schema = route.operation.request.path
  const problems: string[] = []
  for (const [name, value] of Object.entries(route.params)) {
    if (value === `{${name}}`) problems.push(`path: {${name}} was sent unfilled; the call must give "${name}"`)
  }
  if (schema && problems.length === 0) problems.push(...prefixed('path', validator(schema, 'text')({ ...route.params })))
  return problems
}

function checkQuery(operation: OperationSpec, query: Record<string, string | string[]>): string[] {
  const schema = operation.request.query
  if (!schema) {
    const names = Object.keys(query)
    return names.length > 0 ? [`query: the spec declares no query parameters, got ${names.join(', ')}`] : []
  }
  return prefixed('query', validator(schema, 'text')(structuredClone(query)))
}

function declaredHeaders(operation: OperationSpec, headers: IncomingHttpHeaders): Record<string, string> {
  const declared: Record<string, string> = {}
  for (const name of Object.keys(operation.request.headers?.properties ?? {})) {
    const value = headers[name.toLowerCase()]
    if (value !== undefined) declared[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return declared
}

function checkHeaders(operation: OperationSpec, request: ReceivedRequest, declared: Record<string, string>): string[] {
  const problems: string[] = []
  if (!request.headers['user-agent']) problems.push('headers: User-Agent is missing; WeChat Pay refuses requests without one')
  const schema = operation.request.headers
  if (schema) problems.push(...prefixed('headers', validator(schema, 'headers')({ ...declared })))
  return problems
}

function checkJsonBody(operation: OperationSpec, request: ReceivedRequest): { body?: unknown; problems: string[] } {
  const contentType = String(request.headers['content-type'] ?? '')
  if (!/^application\/json\b/i.test(contentType)) {
    return { problems: [`body: expected Content-Type application/json, got ${JSON.stringify(contentType)}`] }
  }
  let body: unknown
  try {
    body = JSON.parse(request.body)
  } catch {
    return { problems: [`body: not valid JSON: ${JSON.stringify(request.body.slice(0, 200))}`] }
  }
  return { body, problems: prefixed('body', validator(operation.request.body!, 'body')(body)) }
}

/**
 * Checks a request against its operation's spec: path parameters, query string, declared headers
 * and body, each with ajv against the JSON Schema of its part (strings in the URL and headers are
 * read as the declared scalar type first). Returns the parts it read and one line per mismatch.
 */
export function checkRequest(route: Route, request: ReceivedRequest): CheckedRequest {
  const { operation } = route
  const search = new URL(request.url, 'http://mock.invalid').searchParams
  const query = queryObject(search)
  const headers = declaredHeaders(operation, request.headers)
  const mismatches = [...checkParams(route), ...checkQuery(operation, query), ...checkHeaders(operation, request, headers)]
  let body: unknown
  switch (bodyKind(operation)) {
    case 'json': {
      const checked = checkJsonBody(operation, request)
      body = checked.body
      mismatches.push(...checked.problems)
      break
    }
    case 'multipart': {
      const spec = operation.request.multipart!
      const upload = checkUpload(spec, request.bytes ?? Buffer.from(request.body), String(request.headers['content-type'] ?? ''))
      mismatches.push(...upload.problems)
      if (upload.meta !== undefined) mismatches.push(...prefixed('body.meta', validator(spec.meta, 'body')(upload.meta)))
      return { query, headers, body: upload.meta, signedBody: upload.metaText ?? '', file: upload.file, mismatches }
    }
    case 'none':
      if (request.body.length > 0) mismatches.push(`body: the spec declares no body, got ${JSON.stringify(request.body.slice(0, 200))}`)
      break
  }
  return { query, headers, body, mismatches }
}
