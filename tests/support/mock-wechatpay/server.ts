import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import type { ApiPageSpec } from '../../../.vitepress/node/spec/types'
import { loadApiPages } from '../../../.vitepress/node/spec/load-pages'
import { checkRequest } from './check-request'
import { createTestKeys, type TestKeyPair, type TestMerchant } from './keys'
import { errorReply, successReply, type Reply } from './reply'
import { createRouter } from './routes'
import { checkAuthorization, signatureHeaders } from './signatures'

/*
 * Request and reply shapes: a request body kind is `bodyKind()` and its case in `checkRequest()`
 * (check-request.ts); an upload is signed over its `meta` part, so the signature is checked against
 * the `signedBody` that case returns. A reply kind is a case of `successReply()` (reply.ts); file
 * downloads go out unsigned, as WeChat Pay sends them (and the SDK does not verify them).
 */

/** One request the mock received, what it matched and what was wrong with it. */
export interface RecordedRequest {
  method: string
  /** Path and query string, exactly as sent. */
  url: string
  pathname: string
  headers: IncomingHttpHeaders
  rawBody: string
  /** The matched operation, as `METHOD /path/{template}`, and the page that documents it. */
  operation?: string
  page?: string
  params: Record<string, string>
  query: Record<string, string | string[]>
  /** The declared headers that were sent, spelled as in the spec. */
  declaredHeaders: Record<string, string>
  /** The parsed JSON body (an upload's `meta`), when one was expected and could be read. */
  body?: unknown
  /** An upload's file part. */
  file?: { filename?: string; contentType?: string; bytes: Buffer }
  /** Empty when the request matched its spec and was signed correctly. */
  mismatches: string[]
  status: number
}

export interface MockWechatpay {
  /** `http://127.0.0.1:PORT/`, to give the SDK as its `baseURL`. */
  url: string
  merchant: TestMerchant
  platform: TestKeyPair
  /** Every request received so far, oldest first. */
  requests: RecordedRequest[]
  /** Returns the requests recorded since the last call and forgets them. */
  take(): RecordedRequest[]
  close(): Promise<void>
}

export interface MockOptions {
  /** The specs to serve; by default every API page under `docs`. */
  pages?: Iterable<ApiPageSpec>
  docsDir?: string
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, reply: Reply, platform: TestKeyPair): void {
  const headers: Record<string, string> = { 'Request-ID': randomBytes(16).toString('hex') }
  if (reply.contentType) headers['Content-Type'] = reply.contentType
  if (reply.signed) Object.assign(headers, signatureHeaders(reply.body.toString(), platform))
  res.writeHead(reply.status, headers)
  res.end(reply.body)
}

/**
 * Starts a stand-in for the WeChat Pay APIv3 on 127.0.0.1 at a free port. It makes a merchant and
 * a platform key pair, checks each request's signature with the merchant's public key, finds the
 * documented operation by method and path template, checks path parameters, query, headers and
 * body against the spec, and answers with the operation's response example signed with the
 * platform key. A request that fails any check gets a 400 whose JSON lists the mismatches, which
 * are also recorded for the test to report.
 */
export async function startMockWechatpay(options: MockOptions = {}): Promise<MockWechatpay> {
  const pages = options.pages ?? [...loadApiPages(options.docsDir ?? 'docs').values()].map((loaded) => loaded.spec)
  const route = createRouter(pages)
  const { merchant, platform } = createTestKeys()
  const requests: RecordedRequest[] = []
  let taken = 0

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const bytes = await readBody(req)
    const rawBody = bytes.toString('utf8')
    const pathname = new URL(url, 'http://mock.invalid').pathname
    const record: RecordedRequest = {
      method, url, pathname, headers: req.headers, rawBody, params: {}, query: {}, declaredHeaders: {}, mismatches: [], status: 0,
    }
    const authorize = (body: string) => checkAuthorization({ method, url, body, authorization: req.headers.authorization }, merchant)
    const found = route(method, pathname)
    let reply: Reply
    if ('problem' in found) {
      const authProblems = authorize(rawBody)
      record.mismatches.push(...authProblems, found.problem)
      reply = errorReply(authProblems.length > 0 ? 'SIGN_ERROR' : 'NOT_FOUND', record.mismatches)
    } else {
      const { page, operation, params } = found.route
      const checked = checkRequest(found.route, { method, url, headers: req.headers, body: rawBody, bytes })
      const authProblems = authorize(checked.signedBody ?? rawBody)
      Object.assign(record, {
        operation: `${operation.method} ${page.path}`, page: page.file, params,
        query: checked.query, declaredHeaders: checked.headers, body: checked.body, file: checked.file,
      })
      record.mismatches.push(...authProblems, ...checked.mismatches)
      if (authProblems.length > 0) reply = errorReply('SIGN_ERROR', record.mismatches)
      else if (checked.mismatches.length > 0) reply = errorReply('PARAM_ERROR', record.mismatches)
      else reply = successReply(operation)
    }
    record.status = reply.status
    requests.push(record)
    send(res, reply, platform)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      requests.push({
        method: req.method ?? '', url: req.url ?? '', pathname: '', headers: req.headers, rawBody: '', params: {}, query: {},
        declaredHeaders: {}, mismatches: [`mock error: ${error instanceof Error ? error.stack : String(error)}`], status: 500,
      })
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/`,
    merchant,
    platform,
    requests,
    take() {
      const fresh = requests.slice(taken)
      taken = requests.length
      return fresh
    },
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
  }
}
