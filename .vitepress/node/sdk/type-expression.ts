import type { Schema } from '../spec/types'
import { isIdentifier, pascalCase } from './call-path'

/** Lines of TypeScript, without their final indentation. */
export type Lines = string[]

/** A JSDoc block for a field or method; `*\/` in the text cannot end the comment early. */
export function jsdoc(paragraphs: string[]): Lines {
  const body = paragraphs
    .filter((p) => p.trim() !== '')
    .flatMap((p, i) => [...(i > 0 ? [''] : []), ...p.replace(/\*\//g, '*\\/').split('\n')])
  if (body.length === 0) return []
  if (body.length === 1) return [`/** ${body[0]} */`]
  return ['/**', ...body.map((line) => (line ? ` * ${line}` : ' *')), ' */']
}

/** The paragraphs a field's hover shows: its description, then what each enum value means. */
export function fieldDoc(schema: Schema): string[] {
  const paragraphs = [schema.description]
  if (schema.encrypted) paragraphs.push('敏感信息：须使用微信支付公钥（或平台证书）加密后传输。')
  if (schema.enum) {
    paragraphs.push(
      schema.enum
        .map((value) => {
          const meaning = schema.enumDescriptions[String(value)]
          return `- \`${String(value)}\`${meaning ? `：${meaning}` : ''}`
        })
        .join('\n'),
    )
  }
  return paragraphs
}

export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function literal(value: string | number): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value)
}

/**
 * The type of a field, written relative to the namespace of its parent interface.
 * Objects get a named interface (`Parent.CouponListItem`) so hovers show a name, not a wall of text.
 */
function fieldType(schema: Schema, parent: string, name: string, nested: Array<[string, Schema]>): string {
  if (schema.enum) return schema.enum.map(literal).join(' | ')
  switch (schema.type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'object': {
      nested.push([name, schema])
      return `${parent}.${name}`
    }
    case 'array': {
      const inner = fieldType(schema.items!, parent, `${name}Item`, nested)
      return inner.includes('|') ? `Array<${inner}>` : `${inner}[]`
    }
  }
}

/**
 * Declares an object schema as `export interface Name`, with a namespace of the same name
 * holding the interfaces of its nested objects.
 */
export function declareInterface(name: string, schema: Schema): Lines {
  const nested: Array<[string, Schema]> = []
  const members: Lines = []
  for (const [key, field] of Object.entries(schema.properties)) {
    const optional = schema.required.includes(key) ? '' : '?'
    members.push(...jsdoc(fieldDoc(field)))
    members.push(`${propertyKey(key)}${optional}: ${fieldType(field, name, pascalCase(key), nested)}`)
  }
  const lines: Lines = [`export interface ${name} {`, ...indent(members), '}']
  if (nested.length > 0) {
    lines.push(`export namespace ${name} {`)
    nested.forEach(([nestedName, nestedSchema], i) => {
      if (i > 0) lines.push('')
      lines.push(...indent([...jsdoc([nestedSchema.description]), ...declareInterface(nestedName, nestedSchema)]))
    })
    lines.push('}')
  }
  return lines
}

/** Declares any schema under a name: an interface for objects, a type alias otherwise. */
export function declareSchema(name: string, schema: Schema): Lines {
  if (schema.type === 'object') return declareInterface(name, schema)
  const nested: Array<[string, Schema]> = []
  const type = fieldType(schema, name, '', nested)
  const lines: Lines = [`export type ${name} = ${type}`]
  if (nested.length > 0) {
    lines.push(`export namespace ${name} {`, ...indent(nested.flatMap(([n, s]) => declareInterface(n, s))), '}')
  }
  return lines
}

/** Appends lines one by one: a spread of a whole SDK's lines would overflow the call stack. */
export function appendLines(target: Lines, ...sources: Lines[]): Lines {
  for (const source of sources) for (const line of source) target.push(line)
  return target
}

export function indent(lines: Lines, by = '  '): Lines {
  return lines.map((line) => (line ? by + line : line))
}
