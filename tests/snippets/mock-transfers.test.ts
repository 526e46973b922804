import { createHash } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Multipart } from 'wechatpay-axios-plugin'
import { gunzipSync } from 'node:zlib'
import { parseApiPage } from '../../.vitepress/node/spec/parse-page'
import { createSdkClient, replyOrError as call } from '../support/mock-wechatpay/client'
import { startMockWechatpay, type MockWechatpay } from '../support/mock-wechatpay/server'

/** Specs of their own, so these checks do not move when the real pages change. */
const upload = parseApiPage(
  {
    title: '测试上传',
    description: '只给模拟服务器的测试用',
    method: 'POST',
    path: '/v3/test/media/upload',
    docs: [{ title: '测试', url: 'https://example.com/test' }],
    request: {
      multipart: {
        file: { description: '图片', filename: 'a.png', contentTypes: ['image/png'], maxBytes: 64 },
        meta: {
          required: ['filename', 'sha256'],
          properties: { filename: { type: 'string', example: 'a.png' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', example: '0'.repeat(64) } },
        },
      },
    },
    response: { body: { type: 'object', required: ['media_id'], properties: { media_id: { type: 'string', example: 'M1' } } } },
  },
  'test/media/upload.md',
)
const download = parseApiPage(
  {
    title: '测试下载',
    description: '只给模拟服务器的测试用；路径是 SDK 跳过验签的下载地址之一',
    method: 'GET',
    path: '/v3/billdownload/file',
    docs: [{ title: '测试', url: 'https://example.com/test' }],
    request: { query: { required: ['token'], properties: { token: { type: 'string', example: 'T' } } } },
    response: { download: { contentType: 'application/x-gzip', filename: 'a.csv.gz', description: '文件', example: 'a,b\n1,2\n' } },
  },
  'test/file.md',
)

let mock: MockWechatpay
// The chain is built from property names at run time; its types come from the generated declaration elsewhere.
let wxpay: any

beforeAll(async () => {
  mock = await startMockWechatpay({ pages: [upload, download] })
  wxpay = createSdkClient(mock)
})
afterAll(() => mock.close())
beforeEach(() => {
  mock.take()
})

const image = Buffer.from('89504e470d0a1a0aff00', 'hex')
const digest = createHash('sha256').update(image).digest('hex')

function form(meta: object, file: Buffer = image, filename = 'a.png') {
  return new Multipart().append('file', file, filename).append('meta', JSON.stringify(meta), 'meta.json')
}

describe('the mock WeChat Pay with uploads', () => {
  it('accepts a form whose meta is signed and whose sha256 is the file digest', async () => {
    const meta = { filename: 'a.png', sha256: digest }
    const body = form(meta)
    const reply = await call(wxpay.v3.test.media.upload.post(body.getBuffer(), { meta, headers: body.getHeaders() }))
    expect(reply).toMatchObject({ status: 200, data: { media_id: 'M1' } })
    const [seen] = mock.take()
    expect(seen.mismatches).toEqual([])
    expect(seen.body).toEqual(meta)
    expect(seen.file?.bytes.equals(image)).toBe(true)
  })

  it('refuses a meta whose sha256 is not the file digest', async () => {
    const meta = { filename: 'a.png', sha256: '0'.repeat(64) }
    const body = form(meta)
    const reply = await call(wxpay.v3.test.media.upload.post(body.getBuffer(), { meta, headers: body.getHeaders() }))
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual([`body.meta.sha256: "${'0'.repeat(64)}" is not the SHA-256 of the file (${digest})`])
  })

  it('refuses a signature made over something other than the meta part', async () => {
    const meta = { filename: 'a.png', sha256: digest }
    const body = form(meta)
    // Without config.meta the SDK signs the data it is given: the form's bytes.
    const reply = await call(wxpay.v3.test.media.upload.post(body.getBuffer(), { headers: body.getHeaders() }))
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual([expect.stringMatching(/^Authorization: the signature does not match/)])
  })

  it('refuses a file of a type, size or name the spec does not allow, and a meta off its schema', async () => {
    const big = Buffer.alloc(65, 1)
    const meta = { filename: 'a.gif', sha256: createHash('sha256').update(big).digest('hex'), extra: 1 }
    const body = form(meta, big, 'a.gif')
    const reply = await call(wxpay.v3.test.media.upload.post(body.getBuffer(), { meta, headers: body.getHeaders() }))
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toEqual([
      'body.file: Content-Type "image/gif" is not one of image/png',
      'body.file: 65 bytes, more than 64',
      "body.meta: has the property 'extra', which the spec does not list",
    ])
  })

  it('refuses a form that axios re-encoded (the Multipart object itself as data): the file part lost its name', async () => {
    const meta = { filename: 'a.png', sha256: digest }
    const body = form(meta)
    const reply = await call(wxpay.v3.test.media.upload.post(body, { meta, headers: body.getHeaders() }))
    expect(reply.status).toBe(400)
    expect(mock.take()[0].mismatches).toContain('body.file: the part has no filename')
  })
})

describe('the mock WeChat Pay with downloads', () => {
  it('serves the example file gzipped and unsigned, which the SDK accepts without verifying', async () => {
    const reply = await wxpay.v3.billdownload.file.get({ params: { token: 'T' }, responseType: 'arraybuffer' })
    expect(reply.status).toBe(200)
    expect(reply.headers['wechatpay-signature']).toBeUndefined()
    expect(reply.headers['content-type']).toBe('application/x-gzip')
    expect(gunzipSync(reply.data).toString('utf8')).toBe('a,b\n1,2\n')
    expect(mock.take()[0].mismatches).toEqual([])
  })

  it('is refused by the SDK on a path it does not know as a download: it skips verification by path', async () => {
    const other = await startMockWechatpay({ pages: [{ ...download, path: '/v3/test/file', file: 'test/file.md' }] })
    try {
      const sdk: any = createSdkClient(other)
      await expect(sdk.v3.test.file.get({ params: { token: 'T' }, responseType: 'arraybuffer' })).rejects.toThrow(/Headers incomplete/)
    } finally {
      await other.close()
    }
  })
})
