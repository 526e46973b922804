import type { Schema, SchemaType } from './types'
import { SpecError } from './spec-error'

const TYPES: readonly SchemaType[] = ['string', 'integer', 'number', 'boolean', 'object', 'array']
const KNOWN_KEYS = new Set([
  'type', 'description', 'required', 'properties', 'items', 'enum', 'enumDescriptions',
  'format', 'example', 'encrypted', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern',
])

/** Raises errors for one field, prefixed with its dotted location in the frontmatter. */
export interface FieldContext {
  file: string
  field: string
}

/** Returns a readable name for a value's JSON type, for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(ctx: FieldContext, problem: string, sub?: string): never {
  throw new SpecError(ctx.file, sub ? `${ctx.field}.${sub}` : ctx.field, problem)
}

function child(ctx: FieldContext, sub: string): FieldContext {
  return { file: ctx.file, field: ctx.field ? `${ctx.field}.${sub}` : sub }
}

/**
 * Validates one schema node of the frontmatter and returns it normalized.
 * `type` defaults to `object` when `properties` is given, so parameter groups stay short.
 */
export function parseSchema(raw: unknown, ctx: FieldContext): Schema {
  if (!isPlainObject(raw)) fail(ctx, `expected a field definition (a mapping), got ${describeValue(raw)}`)
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) fail(ctx, `unknown key "${key}"`, key)
  }
  const type = raw.type ?? (raw.properties !== undefined ? 'object' : undefined)
  if (type === undefined) fail(ctx, 'missing "type"', 'type')
  if (!TYPES.includes(type as SchemaType)) {
    fail(ctx, `unknown type ${JSON.stringify(type)}; use one of ${TYPES.join(', ')}`, 'type')
  }
  const schemaType = type as SchemaType
  const description = raw.description ?? ''
  if (typeof description !== 'string') fail(ctx, `expected a string, got ${describeValue(description)}`, 'description')

  const schema: Schema = {
    type: schemaType,
    description: description.trim(),
    required: [],
    properties: {},
    enumDescriptions: {},
    encrypted: false,
  }

  if (raw.encrypted !== undefined) {
    if (typeof raw.encrypted !== 'boolean') fail(ctx, `expected true or false, got ${describeValue(raw.encrypted)}`, 'encrypted')
    schema.encrypted = raw.encrypted
  }
  if (raw.format !== undefined) {
    if (typeof raw.format !== 'string') fail(ctx, `expected a string, got ${describeValue(raw.format)}`, 'format')
    schema.format = raw.format
  }

  parseConstraints(raw, schema, ctx)

  if (schemaType === 'object') {
    const properties = raw.properties ?? {}
    if (!isPlainObject(properties)) fail(ctx, `expected a mapping of fields, got ${describeValue(properties)}`, 'properties')
    for (const [name, sub] of Object.entries(properties)) {
      schema.properties[name] = parseSchema(sub, child(ctx, `properties.${name}`))
    }
    const required = raw.required ?? []
    if (!Array.isArray(required)) fail(ctx, `expected a list of field names, got ${describeValue(required)}`, 'required')
    for (const name of required) {
      if (typeof name !== 'string' || !(name in schema.properties)) {
        fail(ctx, `names ${describeValue(name)}, which is not one of this object's properties`, 'required')
      }
    }
    schema.required = [...new Set(required as string[])]
  } else {
    if (raw.properties !== undefined) fail(ctx, `only an object has properties; this field is ${schemaType}`, 'properties')
    if (raw.required !== undefined) fail(ctx, `only an object lists required properties; this field is ${schemaType}`, 'required')
  }

  if (schemaType === 'array') {
    if (raw.items === undefined) fail(ctx, 'an array needs "items"', 'items')
    schema.items = parseSchema(raw.items, child(ctx, 'items'))
  } else if (raw.items !== undefined) {
    fail(ctx, `only an array has items; this field is ${schemaType}`, 'items')
  }

  if (raw.enum !== undefined) {
    if (!Array.isArray(raw.enum) || raw.enum.length === 0) fail(ctx, 'expected a non-empty list of values', 'enum')
    raw.enum.forEach((value, i) => checkScalar(value, schemaType, child(ctx, `enum.${i}`)))
    schema.enum = raw.enum as Array<string | number>
  }
  if (raw.enumDescriptions !== undefined) {
    if (!isPlainObject(raw.enumDescriptions)) fail(ctx, 'expected a mapping of enum value to meaning', 'enumDescriptions')
    for (const [value, meaning] of Object.entries(raw.enumDescriptions)) {
      if (!schema.enum?.some((v) => String(v) === value)) fail(ctx, `"${value}" is not listed in enum`, `enumDescriptions.${value}`)
      if (typeof meaning !== 'string') fail(ctx, `expected a string, got ${describeValue(meaning)}`, `enumDescriptions.${value}`)
      schema.enumDescriptions[value] = meaning
    }
  }

  if (raw.example !== undefined) {
    checkExample(raw.example, schema, child(ctx, 'example'))
    schema.example = raw.example
  } else if (schemaType !== 'object' && schemaType !== 'array') {
    fail(ctx, 'missing "example": every field shows an example value', 'example')
  }
  return schema
}

/**
 * Keeps the bounds JSON Schema puts on strings (`minLength`, `maxLength`, `pattern`) and numbers
 * (`minimum`, `maximum`), refusing them on a type they cannot apply to. The example checks with
 * them run in the tests (ajv), which report every field out of bounds at once.
 */
function parseConstraints(raw: Record<string, unknown>, schema: Schema, ctx: FieldContext): void {
  for (const key of ['minLength', 'maxLength'] as const) {
    const value = raw[key]
    if (value === undefined) continue
    if (schema.type !== 'string') fail(ctx, `only a string has ${key}; this field is ${schema.type}`, key)
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(ctx, `expected a whole number of characters, got ${describeValue(value)}`, key)
    schema[key] = value
  }
  for (const key of ['minimum', 'maximum'] as const) {
    const value = raw[key]
    if (value === undefined) continue
    if (schema.type !== 'integer' && schema.type !== 'number') fail(ctx, `only an integer or a number has ${key}; this field is ${schema.type}`, key)
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(ctx, `expected a number, got ${describeValue(value)}`, key)
    schema[key] = value
  }
  if (raw.pattern !== undefined) {
    if (schema.type !== 'string') fail(ctx, `only a string has a pattern; this field is ${schema.type}`, 'pattern')
    if (typeof raw.pattern !== 'string') fail(ctx, `expected a regular expression as a string, got ${describeValue(raw.pattern)}`, 'pattern')
    try {
      new RegExp(raw.pattern, 'u')
    } catch (error) {
      fail(ctx, `not a valid regular expression: ${(error as Error).message}`, 'pattern')
    }
    schema.pattern = raw.pattern
  }
  if (schema.minLength !== undefined && schema.maxLength !== undefined && schema.minLength > schema.maxLength) {
    fail(ctx, `minLength ${schema.minLength} is greater than maxLength ${schema.maxLength}`, 'minLength')
  }
  if (schema.minimum !== undefined && schema.maximum !== undefined && schema.minimum > schema.maximum) {
    fail(ctx, `minimum ${schema.minimum} is greater than maximum ${schema.maximum}`, 'minimum')
  }
}

function checkScalar(value: unknown, type: SchemaType, ctx: FieldContext): void {
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'integer' && typeof value === 'number' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (type === 'boolean' && typeof value === 'boolean')
  if (!ok) fail(ctx, `expected ${type === 'integer' ? 'an integer' : `a ${type}`}, got ${describeValue(value)}`)
}

/** Checks that an example value fits its schema: type, enum, required properties, no unknown keys. */
export function checkExample(value: unknown, schema: Schema, ctx: FieldContext): void {
  if (schema.type === 'object') {
    if (!isPlainObject(value)) fail(ctx, `expected an object, got ${describeValue(value)}`)
    for (const [key, sub] of Object.entries(value)) {
      const prop = schema.properties[key]
      if (!prop) fail(ctx, `"${key}" is not a property of this object`, key)
      checkExample(sub, prop, child(ctx, key))
    }
    for (const name of schema.required) {
      if (!(name in value)) fail(ctx, `required property "${name}" is missing`)
    }
    return
  }
  if (schema.type === 'array') {
    if (!Array.isArray(value)) fail(ctx, `expected an array, got ${describeValue(value)}`)
    value.forEach((item, i) => checkExample(item, schema.items!, child(ctx, String(i))))
    return
  }
  checkScalar(value, schema.type, ctx)
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    fail(ctx, `${describeValue(value)} is not one of the enum values ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`)
  }
}

/** The example a reader sees for a field: its own, or one built from its children. */
export function exampleOf(schema: Schema): unknown {
  if (schema.example !== undefined) return schema.example
  if (schema.type === 'array') return [exampleOf(schema.items!)]
  if (schema.type === 'object') {
    return Object.fromEntries(Object.entries(schema.properties).map(([name, sub]) => [name, exampleOf(sub)]))
  }
  return undefined
}
