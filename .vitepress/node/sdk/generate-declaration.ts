import { createHash } from 'node:crypto'
import type { ApiPageSpec, OperationSpec, Schema, WebhookPageSpec } from '../spec/types'
import { declareWebhooks } from './webhook-types'
import { chainKey, hasTrailingSlash, pascalCase, pathSegments, TRAILING_SLASH_PARAM, type PathSegment } from './call-path'
import { appendLines, declareInterface, declareSchema, indent, jsdoc, propertyKey, type Lines } from './type-expression'

/** Where the generated declaration lives, relative to the project root. */
export const DECLARATION_FILE = 'snippets/wechatpay.generated.d.ts'

/** Where the build publishes the declaration for readers to download, relative to the site root. */
export const PUBLISHED_DECLARATION = 'wechatpay-apiv3.d.ts'

/** The module name snippets import the declaration under (mapped by `paths` in tsconfig and twoslash). */
export const DECLARATION_MODULE = '@wechatpay-docs/sdk'

interface Endpoint {
  page: ApiPageSpec
  operation: OperationSpec
}

interface ChainNode {
  segment: PathSegment
  /** The interface name of this node inside its parent's namespace. */
  typeName: string
  children: Map<string, ChainNode>
  endpoints: Endpoint[]
}

function typeNameOf(segment: PathSegment): string {
  return segment.param ? segment.property : pascalCase(segment.raw)
}

function buildTree(pages: readonly ApiPageSpec[]): ChainNode {
  const root: ChainNode = { segment: { raw: '', property: '', nodeProperty: '' }, typeName: '', children: new Map(), endpoints: [] }
  for (const page of pages) {
    let node = root
    for (const segment of pathSegments(page.path)) {
      let next = node.children.get(segment.property)
      if (!next) {
        next = { segment, typeName: typeNameOf(segment), children: new Map(), endpoints: [] }
        node.children.set(segment.property, next)
      }
      node = next
    }
    for (const operation of page.operations) node.endpoints.push({ page, operation })
  }
  return root
}

/** `post`, `get`…: the method name both SDKs expose for an HTTP verb. */
export function methodName(operation: OperationSpec): string {
  return operation.method.toLowerCase()
}

/** Whether the Node SDK's method takes a `data` argument before its config: POST, PUT and PATCH do. */
export function takesData(operation: OperationSpec): boolean {
  return operation.method === 'POST' || operation.method === 'PUT' || operation.method === 'PATCH'
}

/** Type names of one operation's parts, relative to its endpoint's namespace. */
export function operationTypeNames(operation: OperationSpec) {
  const prefix = pascalCase(methodName(operation))
  return {
    request: `${prefix}Request`,
    response: `${prefix}Response`,
    config: `${prefix}Config`,
    query: `${prefix}Query`,
    headers: `${prefix}Headers`,
    path: `${prefix}PathParams`,
    meta: `${prefix}Meta`,
  }
}

function hasRequired(schema: Schema | undefined): boolean {
  return !!schema && schema.required.length > 0
}

const declaredOperations = new WeakMap<OperationSpec, { scope: string; lines: { members: Lines; types: Lines } }>()

/**
 * An operation's method and types, worked out once per spec object: the dev server writes the
 * declaration again after every edit, and only the edited page's specs are new objects.
 */
function operationTypes(endpoint: Endpoint, scope: string): { members: Lines; types: Lines } {
  const known = declaredOperations.get(endpoint.operation)
  if (known?.scope === scope) return known.lines
  const lines = declareOperation(endpoint, scope)
  declaredOperations.set(endpoint.operation, { scope, lines })
  return lines
}

function declareOperation(endpoint: Endpoint, scope: string): { members: Lines; types: Lines } {
  const { page, operation } = endpoint
  const names = operationTypeNames(operation)
  const { request, response } = operation
  const types: Lines = []
  const configMembers: Lines = []
  if (request.path) {
    types.push(...jsdoc(['路径参数']), ...declareInterface(names.path, request.path), '')
  }
  if (request.query) {
    types.push(...jsdoc(['查询参数（`params`）']), ...declareInterface(names.query, request.query), '')
    configMembers.push(...jsdoc(['查询参数']), `params${hasRequired(request.query) ? '' : '?'}: ${names.query}`)
  }
  if (request.headers) {
    types.push(...jsdoc(['请求头']), ...declareInterface(names.headers, request.headers), '')
    configMembers.push(...jsdoc(['请求头']), `headers${hasRequired(request.headers) ? '' : '?'}: ${names.headers}`)
  }
  if (hasTrailingSlash(page.path)) {
    configMembers.push(...jsdoc([`路径末尾的 \`/\`：链式写法写作 \`_${TRAILING_SLASH_PARAM}_\`，须传空字符串；\`chain()\` 与属性式写法不需要`]), `${TRAILING_SLASH_PARAM}?: ''`)
  }
  if (request.multipart) {
    types.push(...jsdoc(['表单的 `meta` 部分（JSON）：请求签名覆盖的内容，同一对象放进 config 的 `meta` 交给 SDK 签名']), ...declareInterface(names.meta, request.multipart.meta), '')
    configMembers.push(...jsdoc(['与表单中相同的 `meta`：SDK 用它（而非表单）计算签名']), `meta: ${names.meta}`)
    configMembers.push(...jsdoc(['表单的请求头（`form.getHeaders()`，含 multipart 的 boundary）']), 'headers: object')
  }
  if (response.download) {
    configMembers.push(...jsdoc(['以字节取得文件：应答是文件流而非 JSON，SDK 对它不验签']), `responseType: 'arraybuffer'`)
  }
  const overridden = [
    request.query && `'params'`,
    (request.headers || request.multipart) && `'headers'`,
    response.download && `'responseType'`,
  ].filter(Boolean)
  const axiosBase = overridden.length > 0 ? `Omit<AxiosRequestConfig, ${overridden.join(' | ')}>` : 'AxiosRequestConfig'
  const configBase = request.path ? `${axiosBase}, ${names.path}` : axiosBase
  types.push(...jsdoc([`\`${operation.method} ${page.path}\` 的请求配置`]))
  types.push(
    ...(configMembers.length > 0
      ? [`export interface ${names.config} extends ${configBase} {`, ...indent(configMembers), '}']
      : [`export interface ${names.config} extends ${configBase} {}`]),
    '',
  )
  const configRequired = !!request.path || hasRequired(request.query) || hasRequired(request.headers) || !!request.multipart || !!response.download
  const config = `config${configRequired ? '' : '?'}: ${scope}.${names.config}`

  if (request.body) types.push(...jsdoc(['请求体（JSON）']), ...declareSchema(names.request, request.body), '')
  let data = 'void'
  if (response.body) {
    types.push(...jsdoc(['应答体']), ...declareSchema(names.response, response.body), '')
    data = `${scope}.${names.response}`
  } else if (response.download) {
    data = 'Uint8Array'
  }

  let params = config
  if (request.body) params = `data: ${scope}.${names.request}, ${config}`
  else if (request.multipart) params = `data: Uint8Array, ${config}`
  else if (takesData(operation)) params = `data${configRequired ? '' : '?'}: undefined, ${config}`
  const members = [
    ...jsdoc([
      operation.title,
      operation.description,
      `\`${operation.method} ${page.path}\``,
      page.docs.map((link) => `@see {@link ${link.url} ${link.title}}`).join('\n'),
    ]),
    `${methodName(operation)}(${params}): Promise<AxiosResponse<${data}>>`,
  ]
  return { members, types }
}

/** How {@link generateDeclaration} treats the endpoints' own declarations. */
interface EndpointOutput {
  /** Leave every endpoint's methods and types out: the rest is the skeleton every snippet sees. */
  omit?: boolean
  /** Leave out every endpoint's methods and types but these paths'. */
  only?: ReadonlySet<string>
  /** Receives each endpoint's own lines, by its page's path. */
  onEndpoint?: (path: string, lines: Lines) => void
}

function declareNode(node: ChainNode, urlPath: string, output: EndpointOutput): Lines {
  const members: Lines = []
  const namespaceBody: Lines = []
  for (const endpoint of node.endpoints) {
    if (output.omit || (output.only !== undefined && !output.only.has(endpoint.page.path))) continue
    const { members: m, types } = operationTypes(endpoint, node.typeName)
    output.onEndpoint?.(endpoint.page.path, [...m, ...types])
    appendLines(members, m)
    appendLines(namespaceBody, types)
  }
  for (const child of node.children.values()) {
    members.push(`${propertyKey(child.segment.nodeProperty)}: ${node.typeName}.${child.typeName}`)
    appendLines(namespaceBody, declareNode(child, `${urlPath}/${child.segment.raw}`, output))
  }
  const description = node.endpoints.length > 0 ? [`\`/${urlPath}\``] : []
  const lines: Lines = appendLines([], jsdoc(description), [`export interface ${node.typeName} {`], indent(members), ['}'])
  if (namespaceBody.length > 0) {
    while (namespaceBody[namespaceBody.length - 1] === '') namespaceBody.pop()
    appendLines(lines, [`export namespace ${node.typeName} {`], indent(namespaceBody), ['}'])
  }
  return lines
}

function endpointTypeName(page: ApiPageSpec): string {
  return pathSegments(page.path).map(typeNameOf).join('.')
}

/**
 * Generates the one SDK declaration every TypeScript snippet is checked against, from all API pages.
 * The output is deterministic: pages are ordered by path, so the same specs give the same text.
 * Webhook pages, when given, add the `Webhooks` namespace (they have no place in the chain).
 */
export function generateDeclaration(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): string {
  return declarationText(pages, webhooks, {})
}

/** Hashes of the declaration's parts, for caches that must know what a snippet can see. */
export interface DeclarationParts {
  /** Hash of everything but the endpoints' own methods and types: the chain, `Endpoints`, webhooks. */
  skeleton: string
  /** Hash of one path's own methods and types (every operation on it), by the page's path. */
  endpoints: Map<string, string>
}

/**
 * Splits the declaration into the skeleton and each endpoint's own part, and hashes them. A
 * snippet generated for one endpoint (render/ts-variants.ts) refers to nothing else: its types
 * and hover texts change only when the skeleton or that endpoint's part does.
 */
export function declarationParts(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): DeclarationParts {
  return declarationWithParts(pages, webhooks).parts
}

/** {@link generateDeclaration} and {@link declarationParts} in one pass over the endpoints. */
export function declarationWithParts(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): { text: string; parts: DeclarationParts } {
  const own = new Map<string, ReturnType<typeof createHash>>()
  const text = declarationText(pages, webhooks, {
    onEndpoint(path, lines) {
      let hash = own.get(path)
      if (!hash) own.set(path, (hash = createHash('sha256')))
      hash.update(lines.join('\n')).update('\0')
    },
  })
  return { text, parts: { skeleton: skeletonHash(pages, webhooks), endpoints: new Map([...own].map(([path, hash]) => [path, hash.digest('hex')])) } }
}

/** Hash of the declaration without any endpoint's own part: {@link DeclarationParts.skeleton}. */
export function skeletonHash(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): string {
  return createHash('sha256').update(declarationText(pages, webhooks, { omit: true })).digest('hex')
}

/**
 * The hash of what a snippet sees of a view: the skeleton's hash and the hashes of the view's
 * endpoints' parts, in the order of their paths.
 */
export function viewHash(skeleton: string, ...owns: string[]): string {
  return [skeleton, ...owns].join(':')
}

/**
 * The declaration as a snippet that calls only the endpoints at `paths` sees it: the skeleton and
 * those endpoints' own parts, nothing of the others. A twoslash check of such a snippet against it
 * gives what it gives against the whole declaration, with far less text to parse. `owns` are the
 * hashes of the endpoints' parts, as {@link declarationWithParts} computes them, in the order of
 * `paths`; undefined when a path has no page.
 */
export function endpointsDeclaration(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[], paths: readonly string[]): { text: string; owns: string[] } | undefined {
  const owns = new Map<string, ReturnType<typeof createHash>>()
  const text = declarationText(pages, webhooks, {
    only: new Set(paths),
    onEndpoint(path, lines) {
      let hash = owns.get(path)
      if (!hash) owns.set(path, (hash = createHash('sha256')))
      hash.update(lines.join('\n')).update('\0')
    },
  })
  if (paths.some((path) => !owns.has(path))) return undefined
  return { text, owns: paths.map((path) => owns.get(path)!.digest('hex')) }
}

function declarationText(pages: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[], output: EndpointOutput): string {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const root = buildTree(sorted)
  const lines: Lines = [
    `// Generated by .vitepress/node/sdk/generate-declaration.ts from the frontmatter of docs/**/*.md. Do not edit.`,
    `// Types of the wechatpay-axios-plugin chain for every API page of this site.`,
    `import type { AxiosRequestConfig, AxiosResponse } from 'axios'`,
    '',
    ...jsdoc([
      '微信支付 APIv3 客户端：`new Wechatpay({ mchid, serial, privateKey, certs })` 返回的实例，按 URL 路径逐段取得接口。',
    ]),
    'export interface Wechatpay extends Endpoints {',
    ...indent([
      ...[...root.children.values()].map((child) => `${propertyKey(child.segment.nodeProperty)}: ${child.typeName}`),
      ...jsdoc(['以 URL 路径（不含开头的 `/`）取得接口，与逐段取得的是同一个对象。']),
      'chain<P extends keyof Endpoints>(path: P): Endpoints[P]',
    ]),
    '}',
    '',
    ...jsdoc(['全部接口，以 URL 路径（不含开头的 `/`）为键。']),
    'export interface Endpoints {',
    ...indent(
      [...new Map(sorted.map((page) => [page.path, page])).values()].map(
        (page) => `'${chainKey(page.path)}': ${endpointTypeName(page)}`,
      ),
    ),
    '}',
  ]
  for (const child of root.children.values()) appendLines(lines, [''], declareNode(child, child.segment.raw, output))
  const webhookLines = declareWebhooks(webhooks)
  if (webhookLines.length > 0) appendLines(lines, [''], webhookLines)
  return lines.join('\n') + '\n'
}
