import { createHash } from 'node:crypto'
import type { MultipartSpec } from '../../../.vitepress/node/spec/types'

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string
  filename?: string
  contentType?: string
  bytes: Buffer
}

/** Splits a multipart/form-data body into its parts; undefined when it is not well formed. */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!/^multipart\/form-data\b/i.test(contentType) || !boundary) return undefined
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const parts: FormPart[] = []
  let at = body.indexOf(delimiter)
  if (at < 0) return undefined
  for (;;) {
    at += delimiter.length
    if (body.subarray(at, at + 2).toString() === '--') return parts
    const headerStart = at + 2
    const headerEnd = body.indexOf('\r\n\r\n', headerStart)
    const next = body.indexOf(delimiter, headerStart)
    if (headerEnd < 0 || next < 0 || headerEnd > next) return undefined
    const headers = body.subarray(headerStart, headerEnd).toString('utf8')
    const disposition = /content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(headers)
    if (!disposition) return undefined
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1].trim()
    // The part's bytes end before the CRLF that precedes the next delimiter.
    parts.push({ name: disposition[1], filename: disposition[2], contentType: type, bytes: body.subarray(headerEnd + 4, next - 2) })
    at = next
  }
}

/** What an upload carried: the signed `meta` text and object, and the file's bytes. */
export interface CheckedUpload {
  metaText?: string
  meta?: unknown
  file?: FormPart
  problems: string[]
}

/**
 * Checks an upload as WeChat Pay does: a `meta` JSON part and a `file` part with a name and an
 * accepted media type, the file no larger than allowed, and `meta.sha256` the file's digest.
 * The schema check of `meta` itself is left to the caller.
 */
export function checkUpload(spec: MultipartSpec, body: Buffer, contentType: string): CheckedUpload {
  const parts = parseMultipart(body, contentType)
  if (!parts) return { problems: [`body: expected a multipart/form-data body with a boundary, got Content-Type ${JSON.stringify(contentType)}`] }
  const problems: string[] = []
  const metaPart = parts.find((part) => part.name === 'meta')
  const file = parts.find((part) => part.name === 'file')
  const unknown = parts.filter((part) => part.name !== 'meta' && part.name !== 'file').map((part) => part.name)
  if (unknown.length > 0) problems.push(`body: unexpected form parts ${unknown.join(', ')}`)
  if (!metaPart) problems.push('body: the meta part is missing')
  if (!file) problems.push('body: the file part is missing')
  let meta: unknown
  const metaText = metaPart?.bytes.toString('utf8')
  if (metaText !== undefined) {
    try {
      meta = JSON.parse(metaText)
    } catch {
      problems.push(`body.meta: not valid JSON: ${JSON.stringify(metaText.slice(0, 200))}`)
    }
  }
  if (file) {
    if (!file.filename) problems.push('body.file: the part has no filename')
    if (!file.contentType || !spec.file.contentTypes.includes(file.contentType)) {
      problems.push(`body.file: Content-Type ${JSON.stringify(file.contentType ?? '')} is not one of ${spec.file.contentTypes.join(', ')}`)
    }
    if (spec.file.maxBytes !== undefined && file.bytes.length > spec.file.maxBytes) {
      problems.push(`body.file: ${file.bytes.length} bytes, more than ${spec.file.maxBytes}`)
    }
    const digest = createHash('sha256').update(file.bytes).digest('hex')
    const declared = (meta as { sha256?: unknown } | undefined)?.sha256
    if (meta !== undefined && declared !== digest) {
      problems.push(`body.meta.sha256: ${JSON.stringify(declared)} is not the SHA-256 of the file (${digest})`)
    }
    const name = (meta as { filename?: unknown } | undefined)?.filename
    if (meta !== undefined && file.filename && name !== file.filename) {
      problems.push(`body.meta.filename: ${JSON.stringify(name)} is not the file part's name ${JSON.stringify(file.filename)}`)
    }
  }
  return { metaText, meta, file, problems }
}
