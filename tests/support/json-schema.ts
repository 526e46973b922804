import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { JsonSchema } from '../../.vitepress/node/spec/to-json-schema'

/** Checks a value and returns one readable line per problem; an empty list means valid. */
export type Validator = (value: unknown) => string[]

export interface ValidatorOptions {
  /**
   * Convert strings to the declared scalar type first, as a server does with query strings,
   * path segments and headers, which arrive as text. The value passed in is changed in place.
   */
  coerce?: boolean
}

function createAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, coerceTypes: coerce })
  addFormats(ajv)
  return ajv
}

const instances = { strict: createAjv(false), coercing: createAjv(true) }
const compiled = new WeakMap<JsonSchema, { strict?: ValidateFunction; coercing?: ValidateFunction }>()

/** `/amount/total: must be integer`; names the unknown property or the allowed values, which ajv keeps apart from its message. */
export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)'
  let message = error.message ?? error.keyword
  if (error.keyword === 'additionalProperties') {
    message = `has the property '${(error.params as { additionalProperty: string }).additionalProperty}', which the spec does not list`
  }
  if (error.keyword === 'enum') message += ` ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
  return `${where}: ${message}`
}

/**
 * Compiles a JSON Schema with ajv in strict mode, with all errors and the standard formats
 * (`date`, `date-time`…), and returns a function listing what is wrong with a value.
 * Compiled schemas are cached per schema object.
 */
export function createValidator(schema: JsonSchema, options: ValidatorOptions = {}): Validator {
  const kind = options.coerce ? 'coercing' : 'strict'
  let entry = compiled.get(schema)
  if (!entry) compiled.set(schema, (entry = {}))
  const validate = (entry[kind] ??= instances[kind].compile(schema))
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map(describeError))
}
