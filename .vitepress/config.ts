import { fileURLToPath } from 'node:url'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type MarkdownOptions } from 'vitepress'
import { loadApiPages, loadWebhookPages } from './node/spec/load-pages'
import { writeDeclaration } from './node/sdk/write-declaration'
import { siteDownloads } from './node/export/downloads'
import { writeDownloads } from './node/export/write-downloads'
import { downloadsDevPlugin } from './node/export/dev-server-plugin'
import { apiPagePlugin } from './node/markdown/api-page-plugin'
import { stableCodeGroupIds } from './node/markdown/stable-code-group-ids'
import { createTypesCache } from './node/twoslash/types-cache'
import { snippetCompilerOptions } from './node/twoslash/compiler-options'
import { snippetTransformer } from './node/twoslash/transformer'
import { API_INDEX_LINK } from './node/site/sidebar'
import { transformApiPageData } from './node/site/page-data'
import { restoreCodePreferenceScript } from './node/site/restore-code-preference'
import { loadGuideSidebar } from './node/site/guide-sidebar'
import { searchMiniSearchOptions } from './shared/search-tokenize'
import { splitIntoSections } from './node/search/split-sections'
import { escapeHead } from './node/site/safe-head'
import { loadCodePalette } from './node/highlight/code-palette'
import { accessibleCodeColour } from './node/highlight/code-contrast'
import { compactTokensTransformer } from './node/highlight/compact-tokens'
import { paletteCssPlugin } from './node/highlight/palette-css-plugin'
import { hoverTablePlugin } from './node/markdown/hover-table'
import { guardedSfcCompiler } from './node/site/page-data-guard'
import { createFragmentStore, KEEP_FRAGMENTS } from './node/markdown/page-fragments'
import { createHighlightCache, fingerprintOf, packageVersions } from './node/highlight/highlight-cache'

const root = fileURLToPath(new URL('..', import.meta.url))
const docsDir = join(root, 'docs')
const pages = loadApiPages(docsDir)
const webhooks = loadWebhookPages(docsDir)
const specs = () => [...pages.values()].map((page) => page.spec)
const webhookSpecs = () => [...webhooks.values()].map((page) => page.spec)
let declaration = writeDeclaration(root, specs(), webhookSpecs())
const site = {
  title: '微信支付 APIv3 开发文档',
  description: '微信支付 APIv3 的接口参考：参数表、TypeScript 与 PHP 示例代码，示例均经类型检查。',
}
const guides = loadGuideSidebar(docsDir)
// The files for tools (openapi.json, llms.txt, pages as markdown, the .d.ts), from the same specs.
const downloads = () => siteDownloads(pages.values(), readFileSync(declaration.file, 'utf8'), { ...site, guides }, webhooks.values())
const codeThemes = { light: 'github-light', dark: 'github-dark' } as const
// Colour classes instead of inline styles on every code token (see node/highlight/).
// Syntax colours raised to WCAG AA on VitePress's code backgrounds, in the palette's stylesheet.
const codePalette = await loadCodePalette(codeThemes, accessibleCodeColour)
type CodeTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]
// Highlighted blocks are kept between builds and shared with the search index's second rendering.
const sourceDir = (dir: string) => readdirSync(join(root, dir)).map((file) => join(root, dir, file))
const highlightCache = createHighlightCache({
  dir: join(root, '.vitepress/cache/highlight'),
  fingerprint: fingerprintOf(
    [...sourceDir('.vitepress/node/highlight'), ...sourceDir('.vitepress/node/twoslash')],
    [
      ...packageVersions(['vitepress', { name: 'shiki', from: 'vitepress' }, 'typescript', 'twoslash', '@shikijs/twoslash']),
      JSON.stringify(codeThemes),
      `twoslash=${process.env.DOCS_TWOSLASH ?? 'on'}`,
    ],
  ),
  declarationHash: (code) => declaration.hashFor(code),
})
// In a build, generated tables and code reach the reader in the page's HTML only, not in its script
// (node/markdown/page-fragments.ts). The dev server renders pages whole, as VitePress does.
const fragments = process.env.NODE_ENV === 'production' ? createFragmentStore() : undefined

export default defineConfig({
  srcDir: 'docs',
  lang: 'zh-CN',
  title: site.title,
  description: site.description,
  lastUpdated: false,
  // Site data (sidebar, page hashes) in one cached script instead of inlined in every page.
  metaChunk: true,
  head: [
    ['meta', { name: 'theme-color', content: '#07c160' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    ['script', {}, restoreCodePreferenceScript()],
  ],
  markdown: {
    theme: codeThemes,
    // DOCS_TWOSLASH=off exists for the benchmark only, to measure what type checking costs.
    codeTransformers: [
      ...(process.env.DOCS_TWOSLASH === 'off'
        ? []
        : [
            snippetTransformer({
              compilerOptions: snippetCompilerOptions(declaration.file),
              typesCache: createTypesCache(join(root, '.vitepress/cache/twoslash'), () => declaration.hash),
            }) as unknown as CodeTransformer,
          ]),
      // last: it rewrites the finished tree, twoslash's hover spans included
      compactTokensTransformer(codePalette) as unknown as CodeTransformer,
    ],
    config(md) {
      stableCodeGroupIds(md)
      apiPagePlugin(md, {
        pages,
        webhooks,
        onSpecChange: () => {
          declaration = writeDeclaration(root, specs(), webhookSpecs())
        },
      })
      hoverTablePlugin(md)
      fragments?.attach(md)
      highlightCache.attach(md)
    },
  },
  vite: { plugins: [downloadsDevPlugin(downloads), paletteCssPlugin(codePalette)] },
  buildEnd(siteConfig) {
    highlightCache.prune()
    writeDownloads(siteConfig.outDir, downloads())
    fragments?.write(siteConfig.outDir)
  },
  transformPageData(pageData) {
    transformApiPageData(pageData, pages, webhooks)
  },
  // A `</script>` in spec text must not end the script block VitePress puts page data in.
  vue: { compiler: guardedSfcCompiler() },
  transformHtml(html, file, { title, description }) {
    return escapeHead(fragments ? fragments.fill(html, file) : html, title, description)
  },
  themeConfig: {
    nav: [
      { text: '快速开始', link: '/guide/getting-started' },
      { text: '接口', link: API_INDEX_LINK },
    ],
    sidebar: {
      '/guide/': guides,
      // API pages bring their own product line's sidebar (see site/page-data.ts and theme/Layout.ts).
      '/openapi/': [{ text: '全部接口', link: API_INDEX_LINK }],
    },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一篇', next: '下一篇' },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    skipToContentLabel: '跳到正文',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    search: {
      provider: 'local',
      options: {
        // Chinese words and field names are found mid-sentence (shared/search-tokenize.ts).
        miniSearch: { ...searchMiniSearchOptions, _splitIntoSections: (_file, html) => splitIntoSections(html) },
        // the index reads the tables, which a built page otherwise keeps out of its component
        _render(src, env, md) {
          const own = { ...env, [KEEP_FRAGMENTS]: true } as typeof env & { frontmatter?: { search?: boolean } }
          const html = md.render(src, own)
          return own.frontmatter?.search === false ? '' : html
        },
        translations: {
          button: { buttonText: '搜索', buttonAriaLabel: '搜索文档' },
          modal: {
            displayDetails: '显示详细列表',
            resetButtonTitle: '清除查询',
            backButtonTitle: '关闭搜索',
            noResultsText: '没有找到结果',
            footer: {
              selectText: '选择',
              selectKeyAriaLabel: '回车键',
              navigateText: '切换',
              navigateUpKeyAriaLabel: '上方向键',
              navigateDownKeyAriaLabel: '下方向键',
              closeText: '关闭',
              closeKeyAriaLabel: 'Esc 键',
            },
          },
        },
      },
    },
  },
})
