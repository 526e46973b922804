/** How one language writes JSON-like literals. */
export interface LiteralDialect {
  indent: string
  string(value: string): string
  null: string
  objectOpen: string
  objectClose: string
  key(name: string): string
  /** Between a key and its value: `: ` or ` => `. */
  separator: string
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/

function singleQuoted(value: string, escapeNewlines: boolean): string {
  let out = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
  if (escapeNewlines) out = out.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
  return `'${out}'`
}

/** TypeScript object literals: `{ key: 'value' }`, quoting keys that are not identifiers. */
export const typescriptDialect: LiteralDialect = {
  indent: '  ',
  string: (value) => singleQuoted(value, true),
  null: 'null',
  objectOpen: '{',
  objectClose: '}',
  key: (name) => (SIMPLE_KEY.test(name) ? name : singleQuoted(name, true)),
  separator: ': ',
}

/** PHP arrays: `['key' => 'value']`, single-quoted strings (which may span lines). */
export const phpDialect: LiteralDialect = {
  indent: '    ',
  string: (value) => singleQuoted(value, false),
  null: 'null',
  objectOpen: '[',
  objectClose: ']',
  key: (name) => singleQuoted(name, false),
  separator: ' => ',
}

/**
 * Writes a JSON-like value as a literal of the dialect, one entry per line with trailing commas,
 * starting at the given depth of indentation.
 */
export function formatLiteral(value: unknown, dialect: LiteralDialect, depth = 0): string {
  const pad = dialect.indent.repeat(depth + 1)
  const end = dialect.indent.repeat(depth)
  if (value === null || value === undefined) return dialect.null
  if (typeof value === 'string') return dialect.string(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((item) => `${pad}${formatLiteral(item, dialect, depth + 1)},\n`).join('')}${end}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return `${dialect.objectOpen}${dialect.objectClose}`
  const body = entries
    .map(([key, item]) => `${pad}${dialect.key(key)}${dialect.separator}${formatLiteral(item, dialect, depth + 1)},\n`)
    .join('')
  return `${dialect.objectOpen}\n${body}${end}${dialect.objectClose}`
}
