import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { chainKey, pathSegments } from '../sdk/call-path'
import { methodName } from '../sdk/generate-declaration'
import type { CodeSample } from './code-sample'
import { formatLiteral, phpDialect } from './literal'
import { requestExample } from './request-example'

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/

/** How a PHP call style reaches the endpoint from `$instance`. */
const STYLES = [
  { name: '纯链式', target: (path: string) => `$instance${pathSegments(path).map((s) => (PROPERTY.test(s.property) ? `->${s.property}` : `->{'${s.property}'}`)).join('')}` },
  { name: '声明式', target: (path: string) => `$instance->chain('${chainKey(path)}')` },
  { name: '属性式', target: (path: string) => `$instance['${chainKey(path)}']` },
] as const

/** The options array the PHP SDK takes: path parameters at the top, then `query`, `headers`, `json`. */
function phpOptions(operation: OperationSpec, path: string): Record<string, unknown> | undefined {
  const example = requestExample(operation, path)
  const options: Record<string, unknown> = { ...example.path }
  if (example.query) options.query = example.query
  if (example.headers) options.headers = example.headers
  if (example.body !== undefined) options.json = example.body
  return Object.keys(options).length > 0 ? options : undefined
}

const PRINT_BODY = 'print_r(json_decode((string) $response->getBody(), true));'
const PRINT_STATUS = 'echo $response->getStatusCode(), PHP_EOL;'

/**
 * The six PHP variants of one operation: asynchronous and synchronous, each through the chained
 * properties, `chain()` and array access, all sending the spec's example values.
 */
export function renderPhpVariants(page: ApiPageSpec, operation: OperationSpec): CodeSample[] {
  const options = phpOptions(operation, page.path)
  const args = options ? formatLiteral(options, phpDialect) : ''
  const method = methodName(operation)
  const print = operation.response.body ? PRINT_BODY : PRINT_STATUS
  const asyncSamples = STYLES.map(({ name, target }) => ({
    label: `PHP 异步${name}`,
    lang: 'php' as const,
    code: [
      `${target(page.path)}->${method}Async(${args})`,
      '->then(static function (\\Psr\\Http\\Message\\ResponseInterface $response) {',
      `    ${print}`,
      '})',
      '->wait();',
    ].join('\n'),
  }))
  const syncSamples = STYLES.map(({ name, target }) => ({
    label: `PHP 同步${name}`,
    lang: 'php' as const,
    code: [`$response = ${target(page.path)}->${method}(${args});`, print].join('\n'),
  }))
  return [...asyncSamples, ...syncSamples]
}
