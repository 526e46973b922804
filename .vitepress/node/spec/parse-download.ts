import type { DownloadSpec } from './types'
import { SpecError } from './spec-error'
import { describeValue, isPlainObject } from './parse-schema'

const DOWNLOAD_KEYS = new Set(['contentType', 'filename', 'description', 'example'])

/**
 * Validates `response.download`: a reply that is a file (bills), described by its media type, a
 * description and the text of an example file.
 */
export function parseDownload(raw: unknown, file: string, field: string): DownloadSpec {
  if (!isPlainObject(raw)) throw new SpecError(file, field, `expected { contentType, filename, description, example }, got ${describeValue(raw)}`)
  for (const key of Object.keys(raw)) {
    if (!DOWNLOAD_KEYS.has(key)) throw new SpecError(file, `${field}.${key}`, `unknown key; use ${[...DOWNLOAD_KEYS].join(', ')}`)
  }
  const { contentType, filename, description, example } = raw
  if (typeof filename !== 'string' || !/^[^/\\]+\.[A-Za-z0-9]+$/.test(filename)) {
    throw new SpecError(file, `${field}.filename`, `expected the name the samples save the file under (bill.csv.gz), got ${describeValue(filename)}`)
  }
  if (typeof contentType !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/.test(contentType)) {
    throw new SpecError(file, `${field}.contentType`, `expected a media type such as text/plain, got ${describeValue(contentType)}`)
  }
  if (typeof description !== 'string' || !description.trim()) {
    throw new SpecError(file, `${field}.description`, `expected a non-empty string, got ${describeValue(description)}`)
  }
  if (typeof example !== 'string' || example === '') {
    throw new SpecError(file, `${field}.example`, `expected the text of an example file, got ${describeValue(example)}`)
  }
  return { contentType, filename, description: description.trim(), example }
}
