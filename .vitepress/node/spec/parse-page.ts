import type { ApiPageSpec, DocLink, HttpMethod, OperationSpec, RequestSpec, Schema } from './types'
import { SpecError } from './spec-error'
import { describeValue, isPlainObject, parseSchema } from './parse-schema'
import { parseMultipart } from './parse-multipart'
import { parseDownload } from './parse-download'
import { loadYaml, type YamlLoader } from './frontmatter-cache'

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const PAGE_KEYS = new Set(['title', 'description', 'method', 'path', 'docs', 'request', 'response', 'operations'])
const OPERATION_KEYS = new Set(['method', 'title', 'description', 'request', 'response'])
const REQUEST_KEYS = ['path', 'query', 'headers', 'body', 'multipart'] as const
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/

/** Splits a markdown file into its YAML frontmatter (parsed with `yaml`) and its body. */
export function splitFrontmatter(source: string, file: string, yaml: YamlLoader = loadYaml): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(source)
  if (!match) return { data: {}, body: source }
  let data: unknown
  try {
    data = yaml(match[1], file)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new SpecError(file, 'frontmatter', `invalid YAML: ${reason}`)
  }
  if (data == null) data = {}
  if (!isPlainObject(data)) throw new SpecError(file, 'frontmatter', `expected a mapping, got ${describeValue(data)}`)
  return { data, body: source.slice(match[0].length) }
}

/** An API page is a page whose frontmatter names an endpoint path. */
export function isApiFrontmatter(data: Record<string, unknown>): boolean {
  return data.webhook === undefined && (data.path !== undefined || data.method !== undefined || data.operations !== undefined)
}

/** A webhook page is a page whose frontmatter has a `webhook` block (and so no method or path). */
export function isWebhookFrontmatter(data: Record<string, unknown>): boolean {
  return data.webhook !== undefined
}

function text(value: unknown, file: string, field: string, required: boolean): string {
  if (value === undefined && !required) return ''
  if (typeof value !== 'string' || (required && !value.trim())) {
    throw new SpecError(file, field, value === undefined ? 'missing' : `expected a non-empty string, got ${describeValue(value)}`)
  }
  return value.trim()
}

/** Validates the `docs` list of official links: https URLs with titles. */
export function parseDocs(raw: unknown, file: string): DocLink[] {
  if (raw === undefined) throw new SpecError(file, 'docs', 'missing: list the official documentation links')
  if (!Array.isArray(raw) || raw.length === 0) throw new SpecError(file, 'docs', 'expected a non-empty list of { title, url }')
  return raw.map((entry, i) => {
    const field = `docs.${i}`
    if (!isPlainObject(entry)) throw new SpecError(file, field, `expected { title, url }, got ${describeValue(entry)}`)
    const url = text(entry.url, file, `${field}.url`, true)
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new SpecError(file, `${field}.url`, `not a valid URL: ${url}`)
    }
    if (parsed.protocol !== 'https:') throw new SpecError(file, `${field}.url`, `expected an https:// link, got ${url}`)
    return { title: text(entry.title, file, `${field}.title`, true), url }
  })
}

function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1])
}

function parseRequest(raw: unknown, file: string, field: string, path: string): RequestSpec {
  const request: RequestSpec = {}
  if (raw !== undefined && !isPlainObject(raw)) throw new SpecError(file, field, `expected a mapping, got ${describeValue(raw)}`)
  const entries = (raw ?? {}) as Record<string, unknown>
  for (const key of Object.keys(entries)) {
    if (!(REQUEST_KEYS as readonly string[]).includes(key)) {
      throw new SpecError(file, `${field}.${key}`, `unknown request part; use ${REQUEST_KEYS.join(', ')}`)
    }
  }
  for (const key of REQUEST_KEYS) {
    if (entries[key] === undefined) continue
    if (key === 'multipart') {
      request.multipart = parseMultipart(entries[key], file, `${field}.multipart`)
      continue
    }
    const schema = parseSchema(entries[key], { file, field: `${field}.${key}` })
    if (key !== 'body' && schema.type !== 'object') {
      throw new SpecError(file, `${field}.${key}.type`, `${key} parameters are a group of named fields: expected object`)
    }
    request[key] = schema
  }
  if (request.body && request.multipart) {
    throw new SpecError(file, `${field}.multipart`, 'a request has either a JSON body or a multipart body, not both')
  }
  const declared = Object.keys(request.path?.properties ?? {})
  const inPath = pathParams(path)
  for (const name of inPath) {
    if (!declared.includes(name)) throw new SpecError(file, `${field}.path`, `the path has {${name}} but no parameter "${name}" is declared`)
  }
  for (const name of declared) {
    if (!inPath.includes(name)) throw new SpecError(file, `${field}.path.properties.${name}`, `"${name}" does not appear in the path ${path}`)
  }
  if (request.path) request.path.required = inPath
  return request
}

function parseResponse(raw: unknown, file: string, field: string): OperationSpec['response'] {
  if (raw === undefined) return { status: 204 }
  if (!isPlainObject(raw)) throw new SpecError(file, field, `expected a mapping, got ${describeValue(raw)}`)
  for (const key of Object.keys(raw)) {
    if (key !== 'status' && key !== 'body' && key !== 'download') throw new SpecError(file, `${field}.${key}`, 'unknown key; use status, body or download')
  }
  if (raw.body !== undefined && raw.download !== undefined) {
    throw new SpecError(file, `${field}.download`, 'a reply is either a JSON body or a file download, not both')
  }
  const body: Schema | undefined = raw.body === undefined ? undefined : parseSchema(raw.body, { file, field: `${field}.body` })
  const download = raw.download === undefined ? undefined : parseDownload(raw.download, file, `${field}.download`)
  const status = raw.status ?? (body || download ? 200 : 204)
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 299) {
    throw new SpecError(file, `${field}.status`, `expected a 2xx status code, got ${describeValue(status)}`)
  }
  if (status === 204 && (body || download)) throw new SpecError(file, `${field}.${body ? 'body' : 'download'}`, 'a 204 reply has no body')
  return download ? { status, download } : { status, body }
}

function parseOperation(
  raw: Record<string, unknown>,
  file: string,
  field: string,
  page: { title: string; description: string; path: string },
): OperationSpec {
  const prefix = field ? `${field}.` : ''
  const method = typeof raw.method === 'string' ? raw.method.toUpperCase() : raw.method
  if (method === undefined) throw new SpecError(file, `${prefix}method`, `missing; use one of ${METHODS.join(', ')}`)
  if (!METHODS.includes(method as HttpMethod)) {
    throw new SpecError(file, `${prefix}method`, `unknown method ${describeValue(raw.method)}; use one of ${METHODS.join(', ')}`)
  }
  const request = parseRequest(raw.request, file, `${prefix}request`, page.path)
  if ((method === 'GET' || method === 'DELETE') && (request.body || request.multipart)) {
    throw new SpecError(file, `${prefix}request.${request.body ? 'body' : 'multipart'}`, `a ${method} request carries no body`)
  }
  const response = parseResponse(raw.response, file, `${prefix}response`)
  if (response.download && method !== 'GET') {
    throw new SpecError(file, `${prefix}response.download`, `a file is downloaded with GET, not ${method}`)
  }
  return {
    method: method as HttpMethod,
    title: text(raw.title, file, `${prefix}title`, false) || page.title,
    description: text(raw.description, file, `${prefix}description`, false) || page.description,
    request,
    response,
  }
}

/**
 * Validates an API page's frontmatter and returns its spec.
 * A page has either `method` with `request`/`response` at the top, or a list of `operations`.
 */
export function parseApiPage(data: Record<string, unknown>, file: string): ApiPageSpec {
  for (const key of Object.keys(data)) {
    if (!PAGE_KEYS.has(key)) throw new SpecError(file, key, 'unknown key in an API page')
  }
  const title = text(data.title, file, 'title', true)
  const description = text(data.description, file, 'description', true)
  const path = text(data.path, file, 'path', true)
  if (!/^\/v3\/[A-Za-z0-9_\-./{}]+$/.test(path)) {
    throw new SpecError(file, 'path', `expected an APIv3 path such as /v3/pay/transactions/native, got ${JSON.stringify(path)}`)
  }
  const page = { title, description, path }
  let operations: OperationSpec[]
  if (data.operations !== undefined) {
    if (data.method !== undefined || data.request !== undefined || data.response !== undefined) {
      throw new SpecError(file, 'operations', 'give either operations or method/request/response at the top, not both')
    }
    if (!Array.isArray(data.operations) || data.operations.length === 0) {
      throw new SpecError(file, 'operations', 'expected a non-empty list of operations')
    }
    operations = data.operations.map((op, i) => {
      if (!isPlainObject(op)) throw new SpecError(file, `operations.${i}`, `expected a mapping, got ${describeValue(op)}`)
      for (const key of Object.keys(op)) {
        if (!OPERATION_KEYS.has(key)) throw new SpecError(file, `operations.${i}.${key}`, 'unknown key in an operation')
      }
      return parseOperation(op, file, `operations.${i}`, page)
    })
  } else {
    operations = [parseOperation(data, file, '', page)]
  }
  const seen = new Set<string>()
  operations.forEach((op, i) => {
    if (seen.has(op.method)) throw new SpecError(file, `operations.${i}.method`, `${op.method} is listed twice for ${path}`)
    seen.add(op.method)
  })
  return { file, title, description, path, docs: parseDocs(data.docs, file), operations }
}
