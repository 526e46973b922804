import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadApiPages } from '../../../.vitepress/node/spec/load-pages'

const pages = [...loadApiPages(join(import.meta.dirname, '../../../docs')).values()]

/**
 * Every spec's official documentation links point at WeChat Pay's own documentation site over
 * https. Spec validation already refuses anything that is not an https URL; this pins the host, so
 * a link copied from a mirror or a search result does not slip in.
 */
describe('official documentation links in docs/', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  for (const { spec } of pages) {
    it(`${spec.file} links only to https://pay.weixin.qq.com/`, () => {
      expect(spec.docs.length).toBeGreaterThan(0)
      for (const [i, link] of spec.docs.entries()) {
        const where = `${spec.file}: docs.${i}.url ${link.url}`
        expect(link.url, where).toMatch(/^https:\/\/pay\.weixin\.qq\.com\/\S+$/)
        const url = new URL(link.url)
        expect({ protocol: url.protocol, host: url.host, username: url.username, password: url.password }, where).toEqual({
          protocol: 'https:',
          host: 'pay.weixin.qq.com',
          username: '',
          password: '',
        })
        expect(url.pathname.length, where).toBeGreaterThan(1)
        expect(link.title.trim(), `${spec.file}: docs.${i}.title`).not.toBe('')
      }
    })
  }
})
