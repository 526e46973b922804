import type { Schema, SchemaType } from './types'

/**
 * The JSON Schema keywords a spec field maps to. Only keywords that mean the same in JSON Schema
 * draft-07, 2020-12 and OpenAPI 3.1 are used, so one converted schema serves the request checks,
 * the example checks and the OpenAPI export.
 */
export interface JsonSchema {
  type: SchemaType
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean
  items?: JsonSchema
  enum?: Array<string | number>
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  pattern?: string
  examples?: unknown[]
}

/** How strictly objects are closed. */
export interface ToJsonSchemaOptions {
  /**
   * Whether objects refuse properties the spec does not list (`additionalProperties: false`).
   * True by default: a body field the spec does not know is a mistake. Request headers are the
   * exception, since every client adds its own (`User-Agent`, `Accept`…).
   */
  closed?: boolean
}

/**
 * Converts a spec field (or a whole body or parameter group) into a JSON Schema.
 * Pure: the input is not changed and the output shares nothing with it.
 * An own `example` becomes `examples: [value]`; a field without one gets no `examples`.
 */
export function toJsonSchema(schema: Schema, options: ToJsonSchemaOptions = {}): JsonSchema {
  const closed = options.closed ?? true
  const out: JsonSchema = { type: schema.type }
  if (schema.description) out.description = schema.description
  if (schema.type === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, sub]) => [name, toJsonSchema(sub, options)]),
    )
    if (schema.required.length > 0) out.required = [...schema.required]
    out.additionalProperties = !closed
  }
  if (schema.type === 'array' && schema.items) out.items = toJsonSchema(schema.items, options)
  if (schema.enum) out.enum = [...schema.enum]
  if (schema.format !== undefined) out.format = schema.format
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum'] as const) {
    if (schema[key] !== undefined) out[key] = schema[key]
  }
  if (schema.pattern !== undefined) out.pattern = schema.pattern
  if (schema.example !== undefined) out.examples = [structuredClone(schema.example)]
  return out
}
