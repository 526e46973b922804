import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import type { Alias, Plugin, ResolvedConfig } from 'vite'
import { packageVersions } from '../highlight/highlight-cache'

/** Bumped when the way the bundle is made changes, so older bundles are not used again. */
const BUNDLE_FORMAT = 2

/** The constants VitePress defines for its default theme (search provider, ads). */
const THEME_DEFINES = ['__VP_LOCAL_SEARCH__', '__ALGOLIA__', '__CARBON__'] as const

/** Stands in for `import.meta.hot` while the bundle is made, which would otherwise drop it. */
const HOT_PLACEHOLDER = 'import.meta.__prebuiltThemeHot'

/** Where the default theme's files are, and the versions its bundle depends on. */
export interface DefaultThemeSource {
  /** VitePress's `dist/client/theme-default` folder. */
  themeDir: string
  /** The versions of the packages that compile it, joined. */
  versions: string
}

/** Finds VitePress's default theme and the versions of what compiles it, from `root`'s packages. */
export function defaultThemeSource(root: string): DefaultThemeSource {
  const vitepressEntry = createRequire(join(root, 'package.json')).resolve('vitepress')
  return {
    themeDir: join(dirname(vitepressEntry), '../client/theme-default'),
    versions: packageVersions(['vitepress', 'vite', 'vue', '@vitejs/plugin-vue']).join(' '),
  }
}

/**
 * The folder under `cacheDir` for the default theme compiled with these versions and constants.
 * Its name changes with any of them, so a bundle is never used for another VitePress or setting.
 */
export function bundleFolder(cacheDir: string, source: DefaultThemeSource, defines: Record<string, unknown>): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ format: BUNDLE_FORMAT, versions: source.versions, defines: THEME_DEFINES.map((name) => String(defines[name])) }))
    .digest('hex')
    .slice(0, 16)
  return join(cacheDir, key)
}

/**
 * Where the dev server serves the bundle's stylesheet, as it is: imported by a module, Vite would
 * run its 116 KB through PostCSS on every start (0.3 s) to rewrite URLs it does not need rewritten.
 */
export const STYLE_PATH = '@prebuilt-default-theme/style.css'

/**
 * The module the dev server serves for `vitepress/theme`: the fonts and the bundle's exports. Its
 * stylesheet comes first in the page's head (see {@link prebuiltDefaultTheme}), where a build
 * puts a theme's styles too, before any style a module adds.
 */
export function entryModule(themeDir: string): string {
  return [
    `import ${JSON.stringify(`/@fs${join(themeDir, 'styles/fonts.css')}`)}`,
    `export * from './without-fonts.js'`,
    `export { default } from './without-fonts.js'`,
    '',
  ].join('\n')
}

/**
 * Compiles the default theme (without its fonts, which stay plain CSS with their font files) into
 * `folder`: one module and a chunk for the search box, and one stylesheet. Imports of other
 * packages, and of VitePress's client files outside the theme, stay imports, so the page shares
 * one copy of each with the app. Made in a temporary folder and renamed, so a second server
 * starting at the same time never reads half a bundle.
 */
export async function buildDefaultThemeBundle(source: DefaultThemeSource, folder: string, defines: Record<string, unknown>): Promise<void> {
  const { build } = await import('vite')
  const { default: vue } = await import('@vitejs/plugin-vue')
  mkdirSync(dirname(folder), { recursive: true })
  const staging = mkdtempSync(`${folder}.tmp-`)
  const { themeDir } = source
  const keepImports: Plugin = {
    name: 'wechatpay-docs:default-theme-imports',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id.startsWith('\0')) return null
      if (!id.startsWith('.') && !id.startsWith('/')) return { id, external: true }
      if (!importer || !id.startsWith('.')) return null
      if (resolve(dirname(importer.split('?')[0]), id).startsWith(`${themeDir}/`)) return null
      const outside = await this.resolve(id, importer, { skipSelf: true })
      if (!outside) return null
      return { id: `/@fs${outside.id}`, external: true }
    },
    transform(code) {
      return code.includes('import.meta.hot') ? code.replaceAll('import.meta.hot', HOT_PLACEHOLDER) : null
    },
    renderChunk(code) {
      return code.includes(HOT_PLACEHOLDER) ? code.replaceAll(HOT_PLACEHOLDER, 'import.meta.hot') : null
    },
  }
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: themeDir,
      plugins: [keepImports, vue()],
      define: Object.fromEntries(THEME_DEFINES.map((name) => [name, JSON.stringify(defines[name] ?? false)])),
      build: {
        outDir: staging,
        emptyOutDir: false,
        minify: false,
        target: 'esnext',
        cssCodeSplit: false,
        lib: { entry: join(themeDir, 'without-fonts.js'), formats: ['es'], fileName: 'without-fonts' },
        rollupOptions: { makeAbsoluteExternalsRelative: false },
      },
    })
    writeFileSync(join(staging, 'index.js'), entryModule(themeDir))
    try {
      renameSync(staging, folder)
    } catch (error) {
      if (!existsSync(join(folder, 'index.js'))) throw error
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * True when an alias replaces one of the default theme's own files (VitePress's way to override a
 * component, e.g. `find: /^.*\/VPNavBar\.vue$/`): a bundle would keep the original, so the dev
 * server then serves the theme's files as they are.
 */
export function replacesThemeFiles(aliases: readonly Alias[], themeDir: string): boolean {
  const files = readdirSync(themeDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(vue|js)$/.test(file))
  const specifiers = files.flatMap((file) => [join(themeDir, file), `./${basename(file)}`, `../${file}`])
  return aliases.some(({ find }) =>
    specifiers.some((specifier) => (typeof find === 'string' ? specifier === find || specifier.startsWith(`${find}/`) : find.test(specifier))),
  )
}

/**
 * In the dev server, VitePress's default theme (130 Vue and script files) reaches the browser as
 * one prebuilt module: the browser made 165 of its 212 requests for a page for those files, each
 * compiled again by every new server. The bundle is made once per VitePress version and kept under
 * `cacheDir`; a build and the server-side render still use the theme's own files.
 */
export function prebuiltDefaultTheme(root: string, cacheDir: string): Plugin {
  const source = defaultThemeSource(root)
  const themeEntry = join(source.themeDir, 'index.js')
  // undefined when the theme's own files are served (an override, or a bundle that failed to build)
  let entry: Promise<string | undefined> | undefined
  return {
    name: 'wechatpay-docs:prebuilt-default-theme',
    apply: 'serve',
    enforce: 'pre',
    configResolved(config: ResolvedConfig) {
      if (replacesThemeFiles(config.resolve.alias, source.themeDir)) return
      const folder = bundleFolder(cacheDir, source, config.define ?? {})
      const ready = existsSync(join(folder, 'index.js')) ? Promise.resolve() : buildDefaultThemeBundle(source, folder, config.define ?? {})
      entry = ready.then(
        () => join(folder, 'index.js'),
        (error: unknown) => {
          config.logger.warn(`prebuilt default theme: ${error instanceof Error ? error.message : String(error)}; serving the theme's own files`)
          return undefined
        },
      )
    },
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${STYLE_PATH}`, (_request, response, next) => {
        if (!entry) return next()
        entry.then((file) => {
          if (!file) return next()
          response.setHeader('Content-Type', 'text/css; charset=utf-8')
          response.setHeader('Cache-Control', 'no-cache')
          response.end(readFileSync(join(dirname(file), 'style.css')))
        }, next)
      })
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (_html, context) =>
        (await entry) ? [{ tag: 'link', attrs: { rel: 'stylesheet', href: `${context.server?.config.base ?? '/'}${STYLE_PATH}` }, injectTo: 'head-prepend' as const }] : [],
    },
    async resolveId(id, _importer, options) {
      if (id !== themeEntry || options?.ssr || !entry) return null
      return (await entry) ?? null
    },
  }
}
