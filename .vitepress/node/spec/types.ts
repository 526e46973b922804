/** The value types a field may declare, as JSON Schema names them. */
export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array'

/** One field (or the root of a body) as the frontmatter describes it, after validation. */
export interface Schema {
  type: SchemaType
  description: string
  /** Names of the required properties, for an object. */
  required: string[]
  properties: Record<string, Schema>
  items?: Schema
  enum?: Array<string | number>
  /** Meaning of each enum value, keyed by the value. */
  enumDescriptions: Record<string, string>
  format?: string
  /** Length bounds of a string, in characters (Unicode code points). */
  minLength?: number
  maxLength?: number
  /** Inclusive bounds of an integer or number. */
  minimum?: number
  maximum?: number
  /** A regular expression (JavaScript syntax, unanchored) that a string matches. */
  pattern?: string
  /** The example value; objects and arrays derive theirs from their children when it is omitted. */
  example?: unknown
  /** Encrypted with the WeChat Pay public key (or platform certificate) before sending. */
  encrypted: boolean
}

/** HTTP methods the APIv3 uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Where a request parameter travels. */
export interface RequestSpec {
  /** Path parameters, by name, in the order they appear in the path. */
  path?: Schema
  query?: Schema
  headers?: Schema
  /** A JSON request body. */
  body?: Schema
  /** A multipart/form-data body: a `file` part and a signed `meta` JSON part. */
  multipart?: MultipartSpec
}

/** The `file` part of an upload: the bytes, sent with a file name and a media type. */
export interface FilePart {
  description: string
  /** The example file name (with its extension) the code samples upload. */
  filename: string
  /** Media types WeChat Pay accepts for this file, e.g. `image/png`. */
  contentTypes: string[]
  /** Largest accepted file, in bytes. */
  maxBytes?: number
}

/**
 * A multipart/form-data upload. Only `meta` (JSON, with the file's `filename` and `sha256`) is
 * covered by the request signature; the file bytes are tied to it by their SHA-256 digest.
 */
export interface MultipartSpec {
  file: FilePart
  meta: Schema
}

/** A reply that is a file rather than JSON; WeChat Pay does not sign it. */
export interface DownloadSpec {
  /** The media type of the file as sent, e.g. `text/plain` or `application/x-gzip`. */
  contentType: string
  /** The name the code samples save the file under. */
  filename: string
  description: string
  /** Text of an example file (what the mock serves, gzipped when `contentType` says so). */
  example: string
}

export interface ResponseSpec {
  /** HTTP status of a successful reply. */
  status: number
  body?: Schema
  /** The reply is a file stream (bills), not a signed JSON body. */
  download?: DownloadSpec
}

export interface OperationSpec {
  method: HttpMethod
  title: string
  description: string
  request: RequestSpec
  response: ResponseSpec
}

export interface DocLink {
  title: string
  url: string
}

/** Everything one API page's frontmatter defines, validated and normalized. */
export interface ApiPageSpec {
  /** Source file, relative to the docs folder (`openapi/v3/industry-coupon/tokens.md`). */
  file: string
  title: string
  description: string
  path: string
  docs: DocLink[]
  operations: OperationSpec[]
}

/** One event a webhook page documents: the `event_type` value and what it means. */
export interface WebhookEvent {
  type: string
  /** The `summary` WeChat Pay sends with it, e.g. 支付成功. */
  summary: string
  description: string
}

/**
 * A webhook (回调通知) page: WeChat Pay posts a signed notification to the merchant's URL, with an
 * encrypted `resource` whose decrypted form is `resource`. It has no method or path of its own, so
 * it is kept apart from API pages (its own loader) and never reaches the SDK chain or the mock.
 */
export interface WebhookPageSpec {
  /** Source file, relative to the docs folder (`openapi/webhooks/transaction-success.md`). */
  file: string
  title: string
  description: string
  /** The product line it belongs to, as the first path segment after `/v3/` of its APIs (`pay`, `refund`). */
  product: string
  /** `resource.original_type`, which is also the `associated_data` of the encryption. */
  originalType: string
  events: WebhookEvent[]
  /** The decrypted resource. */
  resource: Schema
  docs: DocLink[]
}
