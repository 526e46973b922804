import type { ApiPageSpec, OperationSpec } from '../spec/types'
import { chainKey, pathSegments } from '../sdk/call-path'
import { methodName } from '../sdk/generate-declaration'
import type { CodeSample } from './code-sample'
import { formatLiteral, phpDialect } from './literal'
import { chainedPathParams, requestExample } from './request-example'

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/

/** How a PHP call style reaches the endpoint from `$instance`. */
const STYLES = [
  { name: '纯链式', chained: true, target: (path: string) => `$instance${pathSegments(path).map((s) => (PROPERTY.test(s.property) ? `->${s.property}` : `->{'${s.property}'}`)).join('')}` },
  { name: '声明式', chained: false, target: (path: string) => `$instance->chain('${chainKey(path)}')` },
  { name: '属性式', chained: false, target: (path: string) => `$instance['${chainKey(path)}']` },
] as const

/**
 * The options array the PHP SDK takes: path parameters at the top, then `query`, `headers`, `json`;
 * an upload's `body` is the `MediaUtil` stream, and a download names the file to save in `sink`.
 */
function phpOptions(operation: OperationSpec, path: string, chained: boolean): Record<string, unknown> | undefined {
  const example = requestExample(operation)
  const options: Record<string, unknown> = chained ? chainedPathParams(example.path, path) : { ...example.path }
  if (example.query) options.query = example.query
  if (example.headers) options.headers = example.headers
  if (example.body !== undefined) options.json = example.body
  if (operation.request.multipart) {
    options.body = MEDIA_STREAM
    options.headers = { ...(options.headers as object), Accept: 'application/json', 'Content-Type': MEDIA_CONTENT_TYPE }
  }
  if (operation.response.download) options.sink = operation.response.download.filename
  return Object.keys(options).length > 0 ? options : undefined
}

/** Slots for the expressions of an upload's options, written as literals first and then replaced. */
const MEDIA_STREAM = '\u0000stream\u0000'
const MEDIA_CONTENT_TYPE = '\u0000type\u0000'

/** Opens the file with the SDK's `MediaUtil`, which builds the form and its `meta` (filename, sha256). */
function uploadPrelude(operation: OperationSpec): string[] {
  return [
    'use WeChatPay\\Util\\MediaUtil;',
    '',
    `$media = new MediaUtil('${operation.request.multipart!.file.filename}');`,
  ]
}

function withExpressions(literal: string): string {
  return literal.replace(`'${MEDIA_STREAM}'`, '$media->getStream()').replace(`'${MEDIA_CONTENT_TYPE}'`, '$media->getContentType()')
}

const PRINT_BODY = 'print_r(json_decode((string) $response->getBody(), true));'
const PRINT_STATUS = 'echo $response->getStatusCode(), PHP_EOL;'

/**
 * The six PHP variants of one operation: asynchronous and synchronous, each through the chained
 * properties, `chain()` and array access, all sending the spec's example values.
 */
export function renderPhpVariants(page: ApiPageSpec, operation: OperationSpec): CodeSample[] {
  const args = (chained: boolean) => {
    const options = phpOptions(operation, page.path, chained)
    return options ? withExpressions(formatLiteral(options, phpDialect)) : ''
  }
  const method = methodName(operation)
  const print = operation.response.body ? PRINT_BODY : PRINT_STATUS
  const prelude = operation.request.multipart ? uploadPrelude(operation) : []
  const asyncSamples = STYLES.map(({ name, chained, target }) => ({
    label: `PHP 异步${name}`,
    lang: 'php' as const,
    code: [
      ...prelude,
      `${target(page.path)}->${method}Async(${args(chained)})`,
      '->then(static function (\\Psr\\Http\\Message\\ResponseInterface $response) {',
      `    ${print}`,
      '})',
      '->wait();',
    ].join('\n'),
  }))
  const syncSamples = STYLES.map(({ name, chained, target }) => ({
    label: `PHP 同步${name}`,
    lang: 'php' as const,
    code: [...prelude, `$response = ${target(page.path)}->${method}(${args(chained)});`, print].join('\n'),
  }))
  return [...asyncSamples, ...syncSamples]
}
