import { fileURLToPath } from 'node:url'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type MarkdownOptions } from 'vitepress'
import { transformerTwoslash } from '@shikijs/vitepress-twoslash'
import { loadApiPages } from './node/spec/load-pages'
import { writeDeclaration } from './node/sdk/write-declaration'
import { PUBLISHED_DECLARATION } from './node/sdk/generate-declaration'
import { apiPagePlugin } from './node/markdown/api-page-plugin'
import { createTypesCache } from './node/twoslash/types-cache'
import { snippetCompilerOptions } from './node/twoslash/compiler-options'
import { apiSidebar } from './node/site/sidebar'
import { loadGuideSidebar } from './node/site/guide-sidebar'
import { API_FRONTMATTER_KEYS } from './node/site/page-data'

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
  head: [
    ['meta', { name: 'theme-color', content: '#07c160' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
  ],
  markdown: {
    theme: { light: 'github-light', dark: 'github-dark' },
    // DOCS_TWOSLASH=off exists for the benchmark only, to measure what type checking costs.
    codeTransformers: process.env.DOCS_TWOSLASH === 'off' ? [] : [
      // The twoslash transformer is typed against a newer @shikijs/types than VitePress 1.6 bundles;
      // the runtime contract is the same, only the declaration packages differ.
      transformerTwoslash({
        typesCache: createTypesCache(join(root, '.vitepress/cache/twoslash'), () => declaration.hash),
        twoslashOptions: {
          compilerOptions: snippetCompilerOptions(declaration.file),
        },
      }) as unknown as NonNullable<MarkdownOptions['codeTransformers']>[number],
    ],
    config(md) {
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
    for (const key of API_FRONTMATTER_KEYS) delete pageData.frontmatter[key]
  },
  themeConfig: {
    nav: [
      { text: '快速开始', link: '/guide/getting-started' },
      { text: '接口', link: '/openapi/v3/industry-coupon/tokens' },
    ],
    sidebar: {
      '/guide/': loadGuideSidebar(docsDir),
      '/openapi/': apiSidebar(specs()),
    },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一篇', next: '下一篇' },
    darkModeSwitchLabel: '外观',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    search: { provider: 'local' },
  },
})
