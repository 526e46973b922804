import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  buildDefaultThemeBundle,
  bundleFolder,
  defaultThemeSource,
  entryModule,
  prebuiltDefaultTheme,
  replacesThemeFiles,
  STYLE_PATH,
} from '../../../.vitepress/node/site/prebuilt-default-theme'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const source = defaultThemeSource(root)
const defines = { __VP_LOCAL_SEARCH__: true, __ALGOLIA__: false, __CARBON__: false }
// what VitePress and Vite put in a dev server's aliases
const vitepressAliases = [
  { find: '@theme', replacement: '/site/.vitepress/theme' },
  { find: '@siteData', replacement: '/@siteData' },
  { find: /^vitepress$/, replacement: '/vp/client/index.js' },
  { find: /^vitepress\/theme$/, replacement: join(source.themeDir, 'index.js') },
  { find: /^vue$/, replacement: '/vue/dist/vue.runtime.esm-bundler.js' },
  { find: /^\/?@vite\/client/, replacement: '/vite/dist/client/client.mjs' },
]
const navBarOverride = { find: /^.*\/VPNavBar\.vue$/, replacement: '/site/.vitepress/theme/NavBar.vue' }

describe('defaultThemeSource', () => {
  it('finds the installed default theme and the versions that compile it', () => {
    expect(existsSync(join(source.themeDir, 'without-fonts.js'))).toBe(true)
    const vitepress = JSON.parse(readFileSync(join(root, 'node_modules/vitepress/package.json'), 'utf8')) as { version: string }
    expect(source.versions).toContain(`vitepress@${vitepress.version}`)
    expect(source.versions).toMatch(/vite@\S+ vue@\S+ @vitejs\/plugin-vue@\S+/)
  })
})

describe('bundleFolder', () => {
  it('names a folder by the versions and the theme constants, so no bundle serves another setup', () => {
    const cache = '/cache'
    const same = bundleFolder(cache, source, { ...defines })
    expect(bundleFolder(cache, source, defines)).toBe(same)
    expect(same.startsWith('/cache/')).toBe(true)
    expect(bundleFolder(cache, { ...source, versions: source.versions.replace(/vitepress@\S+/, 'vitepress@9.9.9') }, defines)).not.toBe(same)
    expect(bundleFolder(cache, source, { ...defines, __ALGOLIA__: true })).not.toBe(same)
  })
})

describe('entryModule', () => {
  it('loads the fonts from the theme and passes on every export', () => {
    expect(entryModule('/vp/theme-default').split('\n')).toEqual([
      'import "/@fs/vp/theme-default/styles/fonts.css"',
      "export * from './without-fonts.js'",
      "export { default } from './without-fonts.js'",
      '',
    ])
  })
})

describe('buildDefaultThemeBundle', () => {
  it('compiles the theme into modules that import only packages and VitePress client files outside it', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'default-theme-')), 'bundle')
    await buildDefaultThemeBundle(source, folder, defines)
    const files = readdirSync(folder)
    expect(files).toEqual(expect.arrayContaining(['index.js', 'style.css', 'without-fonts.js']))
    const scripts = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(folder, file), 'utf8'))
    const imports = scripts.flatMap((code) => [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]))
    for (const specifier of imports) {
      if (specifier.startsWith('./')) expect(files).toContain(specifier.slice(2))
      else if (specifier.startsWith('/@fs/')) {
        expect(existsSync(specifier.slice('/@fs'.length))).toBe(true)
        expect(specifier.startsWith(`/@fs${source.themeDir}/`) && !specifier.endsWith('fonts.css')).toBe(false)
      } else expect(specifier).toMatch(/^(vue|vitepress|@vueuse\/|@docsearch\/|minisearch|mark\.js\/|@localSearchIndex)/)
    }
    expect(imports).toContain('vitepress')
    expect(imports).toContain('@localSearchIndex')
    const all = scripts.join('\n')
    // the search box takes the new index when a page is edited
    expect(all).toMatch(/import\.meta\.hot\.accept\(["']\/@localSearchIndex["']/)
    expect(all).not.toContain('__VP_LOCAL_SEARCH__')
    const css = readFileSync(join(folder, 'style.css'), 'utf8')
    expect(css).toContain('--vp-c-brand-1')
    expect(css).toContain('.VPNavBar')
    expect(css).not.toContain('font/woff2')
  }, 60_000)
})

describe('prebuiltDefaultTheme, when the bundle cannot be built', () => {
  it('says so and serves the theme\'s own files', async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'default-theme-cache-')), 'file')
    writeFileSync(notAFolder, '')
    const plugin = prebuiltDefaultTheme(root, join(notAFolder, 'cache'))
    const warnings: string[] = []
    ;(plugin.configResolved as (config: unknown) => void)({ define: defines, resolve: { alias: vitepressAliases }, logger: { warn: (message: string) => warnings.push(message) } })
    const resolveId = plugin.resolveId as (id: string, importer: string | undefined, options?: { ssr?: boolean }) => Promise<string | null>
    expect(await resolveId(join(source.themeDir, 'index.js'), '/site/.vitepress/theme/index.ts', {})).toBeNull()
    const html = plugin.transformIndexHtml as { handler: (html: string, context: object) => Promise<unknown> }
    expect(await html.handler('<html></html>', {})).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^prebuilt default theme: .*ENOTDIR.*; serving the theme's own files$/)
  })
})

describe('replacesThemeFiles', () => {
  it('sees an alias that overrides one of the theme\'s components, and no other', () => {
    expect(replacesThemeFiles(vitepressAliases, source.themeDir)).toBe(false)
    expect(replacesThemeFiles([...vitepressAliases, navBarOverride], source.themeDir)).toBe(true)
    expect(replacesThemeFiles([{ find: join(source.themeDir, 'components/VPFooter.vue'), replacement: '/x.vue' }], source.themeDir)).toBe(true)
  })
})

describe('prebuiltDefaultTheme', () => {
  it('serves the theme\'s own files when an alias overrides one of them', async () => {
    const plugin = prebuiltDefaultTheme(root, mkdtempSync(join(tmpdir(), 'default-theme-cache-')))
    ;(plugin.configResolved as (config: unknown) => void)({ define: defines, resolve: { alias: [...vitepressAliases, navBarOverride] } })
    const resolveId = plugin.resolveId as (id: string, importer: string | undefined, options?: { ssr?: boolean }) => Promise<string | null>
    expect(await resolveId(join(source.themeDir, 'index.js'), '/site/.vitepress/theme/index.ts', {})).toBeNull()
    const html = plugin.transformIndexHtml as { handler: (html: string, context: object) => Promise<unknown> }
    expect(await html.handler('<html></html>', {})).toEqual([])
  })

  it('sends the browser the bundle for the default theme, and leaves server renders and other files alone', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'default-theme-cache-'))
    const folder = bundleFolder(cacheDir, source, defines)
    await buildDefaultThemeBundle(source, folder, defines)
    const plugin = prebuiltDefaultTheme(root, cacheDir)
    expect(plugin.apply).toBe('serve')
    ;(plugin.configResolved as (config: unknown) => void)({ define: defines, resolve: { alias: vitepressAliases } })
    const resolveId = plugin.resolveId as (id: string, importer: string | undefined, options?: { ssr?: boolean }) => Promise<string | null>
    const themeEntry = join(source.themeDir, 'index.js')
    expect(await resolveId(themeEntry, '/site/.vitepress/theme/index.ts', {})).toBe(join(folder, 'index.js'))
    expect(await resolveId(themeEntry, '/site/.vitepress/theme/index.ts', { ssr: true })).toBeNull()
    expect(await resolveId(join(source.themeDir, 'without-fonts.js'), undefined, {})).toBeNull()

    // the stylesheet: first in the head, served as it was built
    const html = plugin.transformIndexHtml as { handler: (html: string, context: { server?: { config: { base: string } } }) => Promise<unknown> }
    expect(await html.handler('<html></html>', { server: { config: { base: '/docs/' } } })).toEqual([
      { tag: 'link', attrs: { rel: 'stylesheet', href: `/docs/${STYLE_PATH}` }, injectTo: 'head-prepend' },
    ])
    const routes: Array<[string, (request: unknown, response: unknown, next: () => void) => void]> = []
    ;(plugin.configureServer as (server: unknown) => void)({ config: { base: '/docs/' }, middlewares: { use: (path: string, handle: (typeof routes)[0][1]) => routes.push([path, handle]) } })
    expect(routes.map(([path]) => path)).toEqual([`/docs/${STYLE_PATH}`])
    const headers: Record<string, string> = {}
    const body = await new Promise<string>((done) =>
      routes[0][1]({}, { setHeader: (name: string, value: string) => (headers[name] = value), end: (data: Buffer) => done(String(data)) }, () => done('next')),
    )
    expect(body).toBe(readFileSync(join(folder, 'style.css'), 'utf8'))
    expect(headers['Content-Type']).toBe('text/css; charset=utf-8')
  }, 60_000)
})
