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
  multipart?: Schema
}

export interface ResponseSpec {
  /** HTTP status of a successful reply. */
  status: number
  body?: Schema
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
