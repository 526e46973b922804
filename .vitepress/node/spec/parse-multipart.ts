import type { FilePart, MultipartSpec } from './types'
import { SpecError } from './spec-error'
import { describeValue, isPlainObject, parseSchema } from './parse-schema'

const MULTIPART_KEYS = new Set(['file', 'meta'])
const FILE_KEYS = new Set(['description', 'filename', 'contentTypes', 'maxBytes'])
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/
/** The `meta` fields both SDKs fill in for an upload: the file's name and its SHA-256 digest. */
export const META_FIELDS = ['filename', 'sha256'] as const

function parseFilePart(raw: unknown, file: string, field: string): FilePart {
  if (!isPlainObject(raw)) throw new SpecError(file, field, `expected { description, filename, contentTypes }, got ${describeValue(raw)}`)
  for (const key of Object.keys(raw)) {
    if (!FILE_KEYS.has(key)) throw new SpecError(file, `${field}.${key}`, `unknown key; use ${[...FILE_KEYS].join(', ')}`)
  }
  const { description, filename, contentTypes, maxBytes } = raw
  if (typeof description !== 'string' || !description.trim()) {
    throw new SpecError(file, `${field}.description`, `expected a non-empty string, got ${describeValue(description)}`)
  }
  if (typeof filename !== 'string' || !/^[^/\\]+\.[A-Za-z0-9]+$/.test(filename)) {
    throw new SpecError(file, `${field}.filename`, `expected an example file name with an extension (hellowechatpay.png), got ${describeValue(filename)}`)
  }
  if (!Array.isArray(contentTypes) || contentTypes.length === 0) {
    throw new SpecError(file, `${field}.contentTypes`, 'expected a non-empty list of media types such as image/png')
  }
  contentTypes.forEach((type, i) => {
    if (typeof type !== 'string' || !MEDIA_TYPE.test(type)) {
      throw new SpecError(file, `${field}.contentTypes.${i}`, `expected a media type such as image/png, got ${describeValue(type)}`)
    }
  })
  if (maxBytes !== undefined && (typeof maxBytes !== 'number' || !Number.isInteger(maxBytes) || maxBytes <= 0)) {
    throw new SpecError(file, `${field}.maxBytes`, `expected a positive whole number of bytes, got ${describeValue(maxBytes)}`)
  }
  return { description: description.trim(), filename, contentTypes: contentTypes as string[], ...(maxBytes === undefined ? {} : { maxBytes }) }
}

/**
 * Validates a `request.multipart` upload: a `file` part, and a `meta` object whose required
 * `filename` and `sha256` strings the samples fill from the file (the example file name must be
 * the file part's, so the table, the samples and the mock agree).
 */
export function parseMultipart(raw: unknown, file: string, field: string): MultipartSpec {
  if (!isPlainObject(raw)) throw new SpecError(file, field, `expected { file, meta }, got ${describeValue(raw)}`)
  for (const key of Object.keys(raw)) {
    if (!MULTIPART_KEYS.has(key)) throw new SpecError(file, `${field}.${key}`, 'unknown multipart part; use file and meta')
  }
  if (raw.file === undefined) throw new SpecError(file, `${field}.file`, 'missing: an upload has a file part')
  if (raw.meta === undefined) throw new SpecError(file, `${field}.meta`, 'missing: an upload has a meta part (filename, sha256)')
  const part = parseFilePart(raw.file, file, `${field}.file`)
  const meta = parseSchema(raw.meta, { file, field: `${field}.meta` })
  if (meta.type !== 'object') throw new SpecError(file, `${field}.meta.type`, 'meta is a JSON object: expected object')
  for (const name of META_FIELDS) {
    const prop = meta.properties[name]
    if (!prop || prop.type !== 'string' || !meta.required.includes(name)) {
      throw new SpecError(file, `${field}.meta.properties.${name}`, `meta needs a required string "${name}", which the SDKs fill from the file`)
    }
  }
  const extra = Object.keys(meta.properties).find((name) => !(META_FIELDS as readonly string[]).includes(name))
  if (extra) {
    throw new SpecError(file, `${field}.meta.properties.${extra}`, `meta holds only ${META_FIELDS.join(' and ')}, as both SDKs send it`)
  }
  if (meta.properties.filename.example !== part.filename) {
    throw new SpecError(
      file,
      `${field}.meta.properties.filename.example`,
      `expected the file part's name ${JSON.stringify(part.filename)}, got ${describeValue(meta.properties.filename.example)}`,
    )
  }
  return { file: part, meta }
}
