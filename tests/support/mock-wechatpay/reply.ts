import { gzipSync } from 'node:zlib'
import type { OperationSpec } from '../../../.vitepress/node/spec/types'
import { exampleOf } from '../../../.vitepress/node/spec/parse-schema'

/** What the mock sends back, before the signature headers are added. */
export interface Reply {
  status: number
  /** The empty string for a reply without a body (204); bytes for a file download. */
  body: string | Buffer
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
  const { status, body, download } = operation.response
  if (download) return { status, body: downloadBytes(download), contentType: download.contentType, signed: false }
  if (!body) return { status, body: '', signed: true }
  return { status, body: JSON.stringify(exampleOf(body)), contentType: 'application/json', signed: true }
}

/** The bytes of a download's example file: its text, gzipped when the media type is a gzip one. */
export function downloadBytes(download: NonNullable<OperationSpec['response']['download']>): Buffer {
  const text = Buffer.from(download.example, 'utf8')
  return /gzip/.test(download.contentType) ? gzipSync(text) : text
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
