import type { OperationSpec } from '../../../.vitepress/node/spec/types'
import { exampleOf } from '../../../.vitepress/node/spec/parse-schema'

/** What the mock sends back, before the signature headers are added. */
export interface Reply {
  status: number
  /** The empty string for a reply without a body (204). */
  body: string
  contentType?: string
  /**
   * Whether WeChat Pay signs this reply. JSON replies and errors are signed; file downloads
   * (bills, images) are not, and a download reply kind would set this to false.
   */
  signed: boolean
}

/**
 * The successful reply of an operation: its response example as JSON with the documented
 * status, or the bare status (204) when the spec has no response body.
 */
export function successReply(operation: OperationSpec): Reply {
  const { status, body } = operation.response
  if (!body) return { status, body: '', signed: true }
  return { status, body: JSON.stringify(exampleOf(body)), contentType: 'application/json', signed: true }
}

/** A WeChat Pay style error reply (`{ code, message, detail }`), listing what was wrong with the request. */
export function errorReply(code: string, mismatches: string[]): Reply {
  const body = {
    code,
    message: `mock WeChat Pay: the request does not match the spec: ${mismatches.join('; ')}`,
    detail: { mismatches },
  }
  return { status: 400, body: JSON.stringify(body), contentType: 'application/json', signed: true }
}
