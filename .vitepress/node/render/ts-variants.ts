import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { chainKey, isIdentifier, pathSegments } from '../sdk/call-path'
import { DECLARATION_MODULE, methodName, takesData } from '../sdk/generate-declaration'
import type { CodeSample } from './code-sample'
import { formatLiteral, typescriptDialect } from './literal'
import { chainedPathParams, requestExample } from './request-example'

/** Hidden lines that give the snippet the `wxpay` of the getting-started guide, typed by the declaration. */
export const TS_PRELUDE = `import type { Wechatpay } from '${DECLARATION_MODULE}'\ndeclare const wxpay: Wechatpay\n`

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

/** The arguments of the Node SDK call: `(data, config)` for POST, PUT and PATCH, `(config)` for GET and DELETE. */
function callArguments(operation: OperationSpec, path: string, chained: boolean): string {
  const example = requestExample(operation)
  const config: Record<string, unknown> = chained ? chainedPathParams(example.path, path) : { ...example.path }
  if (example.query) config.params = example.query
  if (example.headers) config.headers = example.headers
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

/**
 * The TypeScript variants of one operation through `wechatpay-axios-plugin`: chained properties,
 * `chain()` and array access. Each is a complete program once `wxpay` exists.
 */
export function renderTsVariants(page: ApiPageSpec, operation: OperationSpec): CodeSample[] {
  const binding = operation.response.body ? '{ data }' : '{ status }'
  return STYLES.map(({ name, chained, target }) => ({
    label: `TypeScript ${name}`,
    lang: 'ts' as const,
    hiddenPrelude: TS_PRELUDE,
    code: [`const ${binding} = await ${target(page.path)}.${methodName(operation)}(${callArguments(operation, page.path, chained)})`, ...useResponse(operation)].join('\n'),
  }))
}
