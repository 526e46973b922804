import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { chainKey, isIdentifier, pathSegments } from '../sdk/call-path'
import { DECLARATION_MODULE, methodName, takesData } from '../sdk/generate-declaration'
import { checkedSource, type CodeSample } from './code-sample'
import { formatLiteral, typescriptDialect } from './literal'
import { chainedPathParams, requestExample } from './request-example'
import { endpointComment } from '../sdk/snippet-endpoint'

/** Hidden lines that give the snippet the `wxpay` of the getting-started guide, typed by the declaration. */
export const TS_PRELUDE = `import type { Wechatpay } from '${DECLARATION_MODULE}'\ndeclare const wxpay: Wechatpay\n`

/** The prelude of snippets that read or write files: Node's types, which snippets do not load by default. */
export const TS_NODE_PRELUDE = `/// <reference types="node" />\n${TS_PRELUDE}`

/** Stands for the computed digest while the `meta` literal is written, then replaced by the expression. */
const SHA256_SLOT = '\u0000sha256\u0000'

const MAX_LOGGED_FIELDS = 4

const STYLES = [
  {
    name: '纯链式',
    chained: true,
    target: (path: string) =>
      `wxpay${pathSegments(path).map((s) => (isIdentifier(s.nodeProperty) ? `.${s.nodeProperty}` : `['${s.nodeProperty}']`)).join('')}`,
  },
  { name: '声明式', chained: false, target: (path: string) => `wxpay.chain('${chainKey(path)}')` },
  { name: '属性式', chained: false, target: (path: string) => `wxpay['${chainKey(path)}']` },
] as const

/**
 * An upload through the SDK's `Multipart`: the file's bytes and a `meta` with their SHA-256; the
 * same `meta` goes in the config, as the SDK signs `config.meta` instead of the form. The form is
 * sent as bytes: axios 1.x takes a `Multipart` (tagged `FormData`, iterable) for a spec FormData
 * and re-encodes it, and the file part loses its name and media type (the mock refuses that).
 */
function uploadLines(operation: OperationSpec, call: string): string[] {
  const { file } = operation.request.multipart!
  const meta = formatLiteral({ ...requestExample(operation).meta, sha256: SHA256_SLOT }, typescriptDialect)
    .replace(`'${SHA256_SLOT}'`, `createHash('sha256').update(file).digest('hex')`)
  return [
    `import { createHash } from 'node:crypto'`,
    `import { readFileSync } from 'node:fs'`,
    `import { Multipart } from 'wechatpay-axios-plugin'`,
    '',
    `const file = readFileSync('${file.filename}')`,
    `const meta = ${meta}`,
    'const form = new Multipart()',
    `  .append('file', file, meta.filename)`,
    `  .append('meta', JSON.stringify(meta), 'meta.json')`,
    '// 传表单的字节：axios 1.x 会把 Multipart 当作 FormData 重新编码，丢掉文件名与 Content-Type',
    `const { data } = await ${call}(form.getBuffer(), { meta, headers: form.getHeaders() })`,
  ]
}

/** A download: ask axios for bytes (`responseType: 'arraybuffer'`) and save them; the SDK skips the signature check. */
function downloadLines(operation: OperationSpec, call: string, path: string, chained: boolean): string[] {
  const config = configOf(operation, path, chained)
  config.responseType = 'arraybuffer'
  return [
    `import { writeFileSync } from 'node:fs'`,
    '',
    `const { data } = await ${call}(${formatLiteral(config, typescriptDialect)})`,
    `writeFileSync('${operation.response.download!.filename}', data)`,
    'console.log(data.byteLength)',
  ]
}

function configOf(operation: OperationSpec, path: string, chained: boolean): Record<string, unknown> {
  const example = requestExample(operation)
  const config: Record<string, unknown> = chained ? chainedPathParams(example.path, path) : { ...example.path }
  if (example.query) config.params = example.query
  if (example.headers) config.headers = example.headers
  return config
}

/** The arguments of the Node SDK call: `(data, config)` for POST, PUT and PATCH, `(config)` for GET and DELETE. */
function callArguments(operation: OperationSpec, path: string, chained: boolean): string {
  const example = requestExample(operation)
  const config = configOf(operation, path, chained)
  const args: string[] = []
  const hasConfig = Object.keys(config).length > 0
  if (example.body !== undefined) args.push(formatLiteral(example.body, typescriptDialect))
  else if (takesData(operation) && hasConfig) args.push('undefined')
  if (hasConfig) args.push(formatLiteral(config, typescriptDialect))
  return args.join(', ')
}

/** What the snippet does with the reply: read its top-level fields, so each can be hovered. */
function useResponse(operation: OperationSpec): string[] {
  const body = operation.response.body
  if (!body) return ['console.log(status)']
  const fields = body.type === 'object' ? Object.keys(body.properties) : []
  if (fields.length === 0 || fields.length > MAX_LOGGED_FIELDS) return ['console.log(data)']
  return [`console.log(${fields.map((f) => (isIdentifier(f) ? `data.${f}` : `data['${f}']`)).join(', ')})`]
}

/** The first TypeScript snippet of a page, as twoslash checks it. */
export function firstTsSnippet(page: ApiPageSpec): string {
  return checkedSource(renderTsVariants(page, page.operations[0])[0])
}

/**
 * The TypeScript variants of one operation through `wechatpay-axios-plugin`: chained properties,
 * `chain()` and array access. Each is a complete program once `wxpay` exists.
 */
export function renderTsVariants(page: ApiPageSpec, operation: OperationSpec): CodeSample[] {
  const binding = operation.response.body ? '{ data }' : '{ status }'
  const usesFiles = !!operation.request.multipart || !!operation.response.download
  return STYLES.map(({ name, chained, target }) => {
    const call = `${target(page.path)}.${methodName(operation)}`
    let lines: string[]
    if (operation.request.multipart) lines = [...uploadLines(operation, call), ...useResponse(operation)]
    else if (operation.response.download) lines = downloadLines(operation, call, page.path, chained)
    else lines = [`const ${binding} = await ${call}(${callArguments(operation, page.path, chained)})`, ...useResponse(operation)]
    return {
      label: `TypeScript ${name}`,
      lang: 'ts' as const,
      hiddenPrelude: endpointComment(page.path) + (usesFiles ? TS_NODE_PRELUDE : TS_PRELUDE),
      code: lines.join('\n'),
    }
  })
}
