import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { assertBuilt, distDir, distFiles, readDist, tagsOf } from './dist-files'

/** Whether a link leaves the site (another host, mail, a script URL) and is not this test's to check. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')
}

/** The dist file an internal URL path is served from, as `vitepress preview` (and a static host) resolves it. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, '')
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`]
  return candidates.find((candidate) => existsSync(join(distDir, candidate)) && !candidate.endsWith('/'))
}

/** The ids (and `name`s of anchors) a built page declares, which `#fragment` links may target. */
const targetsCache = new Map<string, Set<string>>()
function targetsOf(file: string): Set<string> {
  let targets = targetsCache.get(file)
  if (!targets) {
    targets = new Set(tagsOf(readDist(file)).flatMap((tag) => [tag.attrs.id, tag.name === 'a' ? tag.attrs.name : undefined]).filter((id): id is string => !!id))
    targetsCache.set(file, targets)
  }
  return targets
}

test('every internal href and src in the built HTML resolves to a file, and every #fragment to an id on it', () => {
  assertBuilt()
  const pages = distFiles().filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(10)
  const broken: string[] = []
  let checked = 0
  for (const page of pages) {
    const base = new URL(`http://site/${page}`)
    for (const tag of tagsOf(readDist(page))) {
      for (const name of ['href', 'src'] as const) {
        const value = tag.attrs[name]
        if (value === undefined || value === '' || isExternal(value)) continue
        checked++
        const url = new URL(value, base)
        const file = url.pathname === base.pathname ? page : fileFor(url.pathname)
        if (!file) {
          broken.push(`${page}: <${tag.name} ${name}="${value}">: no file in dist for ${url.pathname}`)
          continue
        }
        const fragment = decodeURIComponent(url.hash.slice(1))
        if (fragment && file.endsWith('.html') && !targetsOf(file).has(fragment)) {
          broken.push(`${page}: <${tag.name} ${name}="${value}">: ${file} has no element with id "${fragment}"`)
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(pages.length)
  expect(broken, broken.join('\n')).toEqual([])
})

test('the link checker would notice a missing page and a missing anchor', () => {
  assertBuilt()
  expect(fileFor('/openapi/v3/industry-coupon/tokens')).toBe('openapi/v3/industry-coupon/tokens.html')
  expect(fileFor('/openapi/')).toBe('openapi/index.html')
  expect(fileFor('/openapi/v3/no-such-page')).toBeUndefined()
  expect(targetsOf('openapi/v3/industry-coupon/tokens.html').has('request')).toBe(true)
  expect(targetsOf('openapi/v3/industry-coupon/tokens.html').has('no-such-anchor')).toBe(false)
})
