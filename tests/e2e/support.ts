import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadApiPages, loadWebhookPages } from '../../.vitepress/node/spec/load-pages'
import { pageLink } from '../../.vitepress/node/site/sidebar'
import { splitFrontmatter } from '../../.vitepress/node/spec/parse-page'

/** Every API page the site is built from, with the URL it is served at. */
export function apiPages() {
  return [...loadApiPages(join(import.meta.dirname, '../../docs')).values()].map(({ spec }) => ({
    spec,
    url: pageLink(spec.file).endsWith('/') ? pageLink(spec.file) : `${pageLink(spec.file)}.html`,
  }))
}

/** Every webhook page the site is built from, with the URL it is served at. */
export function webhookPages() {
  return [...loadWebhookPages(join(import.meta.dirname, '../../docs')).values()].map(({ spec }) => ({ spec, url: `${pageLink(spec.file)}.html` }))
}

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/** Where the browser tests save their screenshots (not committed; look at them after a run). */
export const screenshotDir = join(import.meta.dirname, 'screenshots')

/** Every guide page: its file, the URL it is served at, its title and its markdown source. */
export function guidePages() {
  const dir = join(import.meta.dirname, '../../docs/guide')
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => {
    const source = readFileSync(join(dir, name), 'utf8')
    const { data } = splitFrontmatter(source, `guide/${name}`)
    return { name: name.replace(/\.md$/, ''), url: `${pageLink(`guide/${name}`)}.html`, title: String(data.title), source }
  })
}
