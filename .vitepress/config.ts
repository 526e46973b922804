import { fileURLToPath } from 'node:url'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type MarkdownOptions } from 'vitepress'
import { loadApiPages } from './node/spec/load-pages'
import { writeDeclaration } from './node/sdk/write-declaration'
import { PUBLISHED_DECLARATION } from './node/sdk/generate-declaration'
import { apiPagePlugin } from './node/markdown/api-page-plugin'
import { stableCodeGroupIds } from './node/markdown/stable-code-group-ids'
import { createTypesCache } from './node/twoslash/types-cache'
import { snippetCompilerOptions } from './node/twoslash/compiler-options'
import { snippetTransformer } from './node/twoslash/transformer'
import { API_INDEX_LINK } from './node/site/sidebar'
import { transformApiPageData } from './node/site/page-data'
import { restoreCodePreferenceScript } from './node/site/restore-code-preference'
import { loadGuideSidebar } from './node/site/guide-sidebar'
import { escapeHead } from './node/site/safe-head'
import { guardedSfcCompiler } from './node/site/page-data-guard'

const root = fileURLToPath(new URL('..', import.meta.url))
const docsDir = join(root, 'docs')
const pages = loadApiPages(docsDir)
const specs = () => [...pages.values()].map((page) => page.spec)
let declaration = writeDeclaration(root, specs())

export default defineConfig({
  srcDir: 'docs',
  lang: 'zh-CN',
  title: '微信支付 APIv3 开发文档',
  description: '微信支付 APIv3 的接口参考：参数表、TypeScript 与 PHP 示例代码，示例均经类型检查。',
  lastUpdated: false,
  // Site data (sidebar, page hashes) in one cached script instead of inlined in every page.
  metaChunk: true,
  head: [
    ['meta', { name: 'theme-color', content: '#07c160' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    ['script', {}, restoreCodePreferenceScript()],
  ],
  markdown: {
    theme: { light: 'github-light', dark: 'github-dark' },
    // DOCS_TWOSLASH=off exists for the benchmark only, to measure what type checking costs.
    codeTransformers:
      process.env.DOCS_TWOSLASH === 'off'
        ? []
        : [
            snippetTransformer({
              compilerOptions: snippetCompilerOptions(declaration.file),
              typesCache: createTypesCache(join(root, '.vitepress/cache/twoslash'), () => declaration.hash),
            }) as unknown as NonNullable<MarkdownOptions['codeTransformers']>[number],
          ],
    config(md) {
      stableCodeGroupIds(md)
      apiPagePlugin(md, {
        pages,
        onSpecChange: () => {
          declaration = writeDeclaration(root, specs())
        },
      })
    },
  },
  buildEnd(siteConfig) {
    copyFileSync(declaration.file, join(siteConfig.outDir, PUBLISHED_DECLARATION))
  },
  transformPageData(pageData) {
    transformApiPageData(pageData, pages)
  },
  // A `</script>` in spec text must not end the script block VitePress puts page data in.
  vue: { compiler: guardedSfcCompiler() },
  transformHtml(html, _file, { title, description }) {
    return escapeHead(html, title, description)
  },
  themeConfig: {
    nav: [
      { text: '快速开始', link: '/guide/getting-started' },
      { text: '接口', link: API_INDEX_LINK },
    ],
    sidebar: {
      '/guide/': loadGuideSidebar(docsDir),
      // API pages bring their own product line's sidebar (see site/page-data.ts and theme/Layout.ts).
      '/openapi/': [{ text: '全部接口', link: API_INDEX_LINK }],
    },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一篇', next: '下一篇' },
    darkModeSwitchLabel: '外观',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    search: { provider: 'local' },
  },
})
