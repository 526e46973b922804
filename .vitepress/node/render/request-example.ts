import type { OperationSpec } from '../spec/types'
import { exampleOf } from '../spec/parse-schema'

/** The example values of one request, split by where each part travels. */
export interface RequestExample {
  path: Record<string, unknown>
  query?: Record<string, unknown>
  headers?: Record<string, unknown>
  body?: unknown
}

/** Collects the example request the code samples send, from the spec's per-field examples. */
export function requestExample(operation: OperationSpec): RequestExample {
  const { request } = operation
  return {
    path: (request.path ? exampleOf(request.path) : {}) as Record<string, unknown>,
    query: request.query ? (exampleOf(request.query) as Record<string, unknown>) : undefined,
    headers: request.headers ? (exampleOf(request.headers) as Record<string, unknown>) : undefined,
    body: request.body ? exampleOf(request.body) : undefined,
  }
}
