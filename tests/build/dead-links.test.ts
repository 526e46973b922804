import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/temp-site'
import { buildSite, createSmallSite } from '../support/small-site'

const sites: string[] = []

afterAll(() => {
  for (const dir of sites) rmSync(dir, { recursive: true, force: true })
})

describe('dead links', () => {
  it('are not ignored by the site config', () => {
    // VitePress checks internal links unless `ignoreDeadLinks` is set; the site must never set it.
    expect(readFileSync(join(projectRoot, '.vitepress/config.ts'), 'utf8')).not.toMatch(/ignoreDeadLinks/)
  })

  it('fail the build, naming the link and the page', async () => {
    const dir = createSmallSite('dead-links', {
      'guide/broken.md': '---\ntitle: 坏链接\norder: 2\n---\n\n# 坏链接\n\n参见[不存在的页面](/openapi/v3/no-such-page)。\n',
    })
    sites.push(dir)
    const { status, output } = await buildSite(dir)
    expect(status, output).not.toBe(0)
    expect(output).toMatch(/Found dead link .*\/openapi\/v3\/no-such-page.* in file .*guide\/broken/)
  }, 600_000)
})
