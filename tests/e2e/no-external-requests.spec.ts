import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { assertBuilt, distFiles, readDist, tagsOf } from './dist-files'
import { apiPages, guidePages, webhookPages } from './support'

/** Every page of the site: home, the API index, every guide, every API and every webhook page. */
const PAGES = [
  { name: 'home', url: '/' },
  { name: 'API index', url: '/openapi/' },
  ...guidePages().map((guide) => ({ name: `guide ${guide.name}`, url: guide.url })),
  ...apiPages().map(({ spec, url }) => ({ name: spec.title, url })),
  ...webhookPages().map(({ spec, url }) => ({ name: spec.title, url })),
]

/** Files a page fetches to run or draw itself: scripts, styles, fonts, images. */
const RESOURCE = /\.(?:m?js|css|woff2?|ttf|otf|eot|png|jpe?g|gif|webp|avif|svg|ico)(?:[?#]|$)/i
const URL_IN_TEXT = /https?:\/\/[^\s"'`()<>\\]+/g

/**
 * Does what a reader does once: waits for hydration, hovers a type if there is one and, where
 * `search` is set, opens the search. The search box and its index are the same chunks on every
 * page, so a few pages open it; building the index in every page would double the run.
 */
async function useThePage(page: Page, url: string, search: boolean) {
  await page.goto(url)
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  const hover = page.locator('.tw-hover:visible').first()
  if ((await hover.count()) > 0) {
    await hover.hover()
    await expect(page.locator('#tw-popup')).toBeVisible({ timeout: 30_000 })
  }
  if (search) {
    await page.locator('.DocSearch-Button').click()
    await page.locator('.VPLocalSearchBox input').fill('微信支付')
    // The search box and its index are fetched on first use: on a loaded machine that takes a while.
    await expect(page.locator('.VPLocalSearchBox .result').first()).toBeVisible({ timeout: 30_000 })
    await page.keyboard.press('Escape')
  }
  await page.waitForLoadState('networkidle')
}

/**
 * The default theme's social-link icons come from api.iconify.design, but only for
 * `themeConfig.socialLinks`, which this site does not set (checked here, so adding one fails).
 */
const SOCIAL_ICONS = 'https://api.iconify.design/simple-icons/'
function allowed(url: string): boolean {
  return url.startsWith(SOCIAL_ICONS) && !/socialLinks/.test(readFileSync(join(import.meta.dirname, '../../.vitepress/config.ts'), 'utf8'))
}

/** Pages that also open the search: the home page, a guide and the first API page. */
const SEARCH_ON = new Set(['/', PAGES.find((p) => p.name.startsWith('guide '))?.url, apiPages()[0]?.url])

for (const { name, url } of PAGES) {
  test(`${name} (${url}) requests nothing from another host`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).host
    const foreign: string[] = []
    let ownRequests = 0
    page.on('request', (request) => {
      const target = new URL(request.url())
      if (target.protocol === 'data:' || target.protocol === 'blob:') return
      if (target.host === own && target.protocol === 'http:') ownRequests++
      else foreign.push(`${request.resourceType()} ${request.url()}`)
    })
    await useThePage(page, url, SEARCH_ON.has(url))
    expect(ownRequests).toBeGreaterThan(1)
    expect(foreign, foreign.join('\n')).toEqual([])
  })
}

test('the built HTML, CSS and JavaScript load no script, style, font or image from another host', () => {
  assertBuilt()
  const files = distFiles()
  const found: string[] = []
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readDist(file)
    for (const tag of tagsOf(html)) {
      for (const [attr, value] of Object.entries(tag.attrs)) {
        if (tag.name === 'a' && attr === 'href') continue
        if (/^\s*(?:https?:)?\/\//i.test(value) || (attr === 'style' && /url\(\s*['"]?(?:https?:)?\/\//i.test(value))) {
          found.push(`${file}: <${tag.name} ${attr}="${value}">`)
        }
      }
    }
    for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      for (const m of style[1].matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) found.push(`${file}: <style> ${m[1]}`)
    }
  }
  for (const file of files.filter((f) => /\.(?:css|m?js)$/.test(f))) {
    const text = readDist(file)
    // Where code loads something: CSS url()/@import (also inside JS strings), module imports, src.
    for (const m of text.matchAll(/(?:url\(\s*\\?['"]?|@import\s+\\?['"]|import\(\s*['"`]|from\s*['"]|\bsrc\s*[:=]\s*['"`]|fetch\(\s*['"`])((?:https?:)?\/\/[^'"`)\s\\]+)/gi)) {
      if (!allowed(m[1])) found.push(`${file}: ${m[1]}`)
    }
    // Any URL of a script, style, font or image in a stylesheet. (Not in JavaScript, where such
    // URLs are also link text, e.g. a Node.js source link in a type's hover documentation.)
    if (file.endsWith('.css')) for (const [u] of text.matchAll(URL_IN_TEXT)) if (RESOURCE.test(u)) found.push(`${file}: ${u}`)
  }
  expect(files.some((f) => f.endsWith('.css')) && files.some((f) => f.endsWith('.js'))).toBe(true)
  expect(found, found.join('\n')).toEqual([])
})
