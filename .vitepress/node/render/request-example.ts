import type { OperationSpec } from '../spec/types'
import { exampleOf } from '../spec/parse-schema'
import { hasTrailingSlash, TRAILING_SLASH_PARAM } from '../sdk/call-path'

/** The example values of one request, split by where each part travels. */
export interface RequestExample {
  path: Record<string, unknown>
  query?: Record<string, unknown>
  headers?: Record<string, unknown>
  body?: unknown
}

/**
 * Collects the example request the code samples send, from the spec's per-field examples.
 * A path ending in `/` adds the empty placeholder its chained call form needs.
 */
export function requestExample(operation: OperationSpec, urlPath: string): RequestExample {
  const { request } = operation
  const path = (request.path ? exampleOf(request.path) : {}) as Record<string, unknown>
  if (hasTrailingSlash(urlPath)) path[TRAILING_SLASH_PARAM] = ''
  return {
    path,
    query: request.query ? (exampleOf(request.query) as Record<string, unknown>) : undefined,
    headers: request.headers ? (exampleOf(request.headers) as Record<string, unknown>) : undefined,
    body: request.body ? exampleOf(request.body) : undefined,
  }
}
