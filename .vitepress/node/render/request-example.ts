import type { OperationSpec } from '../spec/types'
import { exampleOf } from '../spec/parse-schema'
import { hasTrailingSlash, TRAILING_SLASH_PARAM } from '../sdk/call-path'

/** The example values of one request, split by where each part travels. */
export interface RequestExample {
  path: Record<string, unknown>
  query?: Record<string, unknown>
  headers?: Record<string, unknown>
  body?: unknown
  /** An upload's example `meta`, whose `sha256` the samples compute from the file. */
  meta?: Record<string, unknown>
}

/** Collects the example request the code samples send, from the spec's per-field examples. */
export function requestExample(operation: OperationSpec): RequestExample {
  const { request } = operation
  return {
    path: (request.path ? exampleOf(request.path) : {}) as Record<string, unknown>,
    query: request.query ? (exampleOf(request.query) as Record<string, unknown>) : undefined,
    headers: request.headers ? (exampleOf(request.headers) as Record<string, unknown>) : undefined,
    body: request.body ? exampleOf(request.body) : undefined,
    meta: request.multipart ? (exampleOf(request.multipart.meta) as Record<string, unknown>) : undefined,
  }
}

/**
 * The path parameters a chained call passes: for a path ending in `/`, the chain's last segment is
 * the `_empty_` placeholder, which needs the value `''`.
 */
export function chainedPathParams(params: Record<string, unknown>, urlPath: string): Record<string, unknown> {
  return hasTrailingSlash(urlPath) ? { ...params, [TRAILING_SLASH_PARAM]: '' } : params
}
