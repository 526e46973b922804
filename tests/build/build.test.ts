import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createTempSite, projectRoot } from '../../scripts/lib/temp-site'

const sites: string[] = []
const seedPage = 'openapi/v3/industry-coupon/tokens.md'
const seed = readFileSync(join(projectRoot, 'docs', seedPage), 'utf8')

/**
 * Builds a temporary copy of the site. Asynchronous on purpose: a build blocking the worker for
 * a minute (spawnSync) makes vitest's worker RPC time out and fail the run with an unhandled error.
 */
function build(pages: Record<string, string>): Promise<{ dir: string; status: number | null; output: string }> {
  const dir = createTempSite({ name: 'build-test', copyDocs: true, pages })
  sites.push(dir)
  return new Promise((resolve, reject) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/vitepress'), ['build'], { cwd: dir })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => resolve({ dir, status, output }))
  })
}

afterAll(() => {
  for (const dir of sites) rmSync(dir, { recursive: true, force: true })
})

describe('vitepress build', () => {
  it('builds the site and renders the seed page with type information for hovers', async () => {
    const { dir, status, output } = await build({})
    expect(status, output).toBe(0)
    const html = readFileSync(join(dir, '.vitepress/dist/openapi/v3/industry-coupon/tokens.html'), 'utf8')
    expect(html).toContain('class="tw-hover"')
    expect(html).toContain('批次号，出行券所属的批次')
    // the hover texts are a lazy part: not in the HTML, in a file the browser fetches on first use
    const lazy = /data-fragment="(assets\/fragments\/[0-9a-f]+\.lazy\.html)#0" data-lazy><\/div>/.exec(html)
    expect(lazy, 'no lazy hover part in the page').not.toBeNull()
    expect(html).not.toContain('.IndustryCoupon.Tokens.PostRequest, config')
    expect(readFileSync(join(dir, '.vitepress/dist', lazy![1]), 'utf8')).toContain('.IndustryCoupon.Tokens.PostRequest, config')
    const chunk = readdirSync(join(dir, '.vitepress/dist/assets')).find((file) => /^openapi_v3_industry-coupon_tokens\.md\.[\w-]+\.js$/.test(file))
    const script = readFileSync(join(dir, '.vitepress/dist/assets', chunk!), 'utf8')
    expect(html + script).not.toContain('"required":')
    expect(html + script).not.toContain('enumDescriptions')
  })

  it('fails on a wrong example value, naming the page and the field', async () => {
    const { status, output } = await build({ [seedPage]: seed.replace('example: 16474341', "example: 'abc'") })
    expect(status).not.toBe(0)
    expect(output).toContain(`${seedPage}: request.body.properties.coupon_list.items.properties.stock_id.example`)
  })

  it('fails on a type error in a TypeScript snippet, naming the page', async () => {
    const broken = `${seed}\n\n\`\`\`ts twoslash\nimport type { Wechatpay } from '@wechatpay-docs/sdk'\ndeclare const wxpay: Wechatpay\n// ---cut---\nawait wxpay.v3.industryCoupon.tokens.post({ open_id: 'o', coupon_list: [{ stock_id: 'abc', coupon_id: '1' }] })\n\`\`\`\n`
    const { status, output } = await build({ [seedPage]: broken })
    expect(status).not.toBe(0)
    expect(output).toContain(seedPage)
    expect(output).toMatch(/Type 'string' is not assignable to type 'number'/)
  })
})
