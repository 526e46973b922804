import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vitepress'
import { siteDownloads } from './node/export/downloads'
import { writeDownloads } from './node/export/write-downloads'
import { linkTree } from './node/export/link-tree'
import { downloadsDevPlugin } from './node/export/dev-server-plugin'
import { API_INDEX_LINK } from './node/site/sidebar'
import { transformApiPageData } from './node/site/page-data'
import { restoreCodePreferenceScript } from './node/site/restore-code-preference'
import { loadGuideSidebar } from './node/site/guide-sidebar'
import { searchMiniSearchOptions } from './shared/search-tokenize'
import { splitIntoSections } from './node/search/split-sections'
import { escapeHead } from './node/site/safe-head'
import { paletteCssPlugin } from './node/highlight/palette-css-plugin'
import { guardedSfcCompiler } from './node/site/page-data-guard'
import { KEEP_FRAGMENTS } from './node/markdown/page-fragments'
import { SEARCH_RENDER } from './node/markdown/api-page-plugin'
import { createSiteMarkdown } from './node/site/markdown-setup'
import { escapeHtml } from './node/render/escape'
import { prerenderCode, waitForPrerenderedCode } from './node/highlight/prerender'
import { serverSearchStub } from './node/search/server-search-stub'
import { deferDevSearchIndex } from './node/search/deferred-dev-index'
import { renderConcurrency } from './node/site/render-concurrency'
import { createLazyHashMap } from './node/site/lazy-hash-map'
import { enlargeYoungGeneration } from './node/site/young-generation'
import { createHeapGuard, RENDER_HEAP_BUDGET_BYTES } from './node/site/heap-guard'
import { prebuiltDefaultTheme } from './node/site/prebuilt-default-theme'
import { serveFragments } from './node/site/serve-fragments'
import { loadTwoslasherFactory } from './node/twoslash/twoslasher-factory'
import { createIdleScheduler, IDLE_AFTER_MS, UNREPORTED_IDLE_MS } from './node/site/idle-scheduler'

enlargeYoungGeneration()
const root = fileURLToPath(new URL('..', import.meta.url))
const docsDir = join(root, 'docs')
const isBuild = process.env.NODE_ENV === 'production'
// Generated tables and code stay out of a page's script (node/markdown/page-fragments.ts): in a
// build they reach the reader in the page's HTML, in the dev server from memory (site/serve-fragments.ts).
// The dev server checks an endpoint's snippets against its own view of the declaration, so an edit
// shows at once (node/twoslash/transformer.ts); a build checks them all against the whole of it.
// Its warm-up work waits until a page is on screen and no request is open (site/idle-scheduler.ts).
const idle = isBuild ? undefined : createIdleScheduler(IDLE_AFTER_MS, UNREPORTED_IDLE_MS)
const markdown = await createSiteMarkdown(root, {
  fragments: true,
  createTwoslasher: await loadTwoslasherFactory(!isBuild),
  rememberRenders: isBuild,
  live: !isBuild,
  schedule: idle?.schedule,
})
const { pages, webhooks, codePalette, highlightCache, fragments } = markdown
// A build highlights and type-checks the code blocks it has not seen before in other processes:
// on every core before it starts, or, for a few edited pages, on one core while it runs.
const prerendered = isBuild ? await prerenderCode(root, markdown) : undefined
const site = {
  title: '微信支付 APIv3 开发文档',
  description: '微信支付 APIv3 的接口参考：参数表、TypeScript 与 PHP 示例代码，示例均经类型检查。',
}
const guides = loadGuideSidebar(docsDir)
// An API page loads its own entry of the page→chunk map, not the whole catalogue's.
const hashMap = isBuild ? createLazyHashMap([...pages.keys(), ...webhooks.keys()]) : undefined
// The build's heap stays within budget while it renders pages (site/heap-guard.ts).
const checkHeap = isBuild ? createHeapGuard(RENDER_HEAP_BUDGET_BYTES) : undefined
// The files for tools (openapi.json, llms.txt, pages as markdown, the .d.ts), from the same specs.
const downloads = () =>
  siteDownloads(pages.values(), readFileSync(markdown.declaration().file, 'utf8'), { ...site, guides }, webhooks.values())
// A build writes them now, while little is in memory, and links them into the output at its end:
// written at the end, their strings came on top of the bundles and pages the build still holds.
const stagedDownloads = join(root, '.vitepress/cache/downloads')
if (isBuild) writeDownloads(stagedDownloads, downloads(), `${stagedDownloads}.json`)

export default defineConfig({
  srcDir: 'docs',
  lang: 'zh-CN',
  title: site.title,
  description: site.description,
  lastUpdated: false,
  // One page at a time while the search index is built: it adds pages in the order their indexing
  // finishes, so with several in flight the index (and every chunk naming its hash) depended on
  // timing. Rendering the pages afterwards goes several at a time (site/render-concurrency.ts).
  // The dev server's index need not be reproducible: it reads the pages many at a time.
  buildConcurrency: isBuild ? 1 : 64,
  // Site data (sidebar, page hashes) in one cached script instead of inlined in every page.
  metaChunk: true,
  head: [
    ['meta', { name: 'theme-color', content: '#07c160' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    ['script', {}, restoreCodePreferenceScript()],
  ],
  markdown: markdown.options,
  vite: { plugins: [...(prerendered ? [waitForPrerenderedCode(docsDir, prerendered)] : []), ...(idle ? [idle.plugin, deferDevSearchIndex(idle.schedule), prebuiltDefaultTheme(root, join(root, '.vitepress/cache/default-theme'))] : []), ...(!isBuild && fragments ? [serveFragments(fragments)] : []), downloadsDevPlugin(downloads), paletteCssPlugin(codePalette), serverSearchStub(), renderConcurrency()] },
  buildEnd(siteConfig) {
    highlightCache.prune()
    markdown.frontmatterCache.prune()
    linkTree(stagedDownloads, siteConfig.outDir)
    fragments?.write(siteConfig.outDir)
  },
  transformPageData(pageData) {
    transformApiPageData(pageData, pages, webhooks)
  },
  // A `</script>` in spec text must not end the script block VitePress puts page data in.
  vue: { compiler: guardedSfcCompiler() },
  transformHtml(html, file, { title, description, pageData, siteConfig }) {
    checkHeap?.()
    let out = fragments ? fragments.fill(html, file) : html
    if (hashMap) out = hashMap.apply({ html: out, relativePath: pageData.relativePath, base: siteConfig.site.base, outDir: siteConfig.outDir })
    return escapeHead(out, title, description)
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
        // The index reads the tables (which a built page otherwise keeps out of its component) and
        // no code, so API pages are rendered for it without their code blocks. The dev server
        // indexes the pages once the first one is shown (search/deferred-dev-index.ts), and there an
        // API page gives only its title and description, so a thousand pages are indexed in a second.
        async _render(src, env, md) {
          await prerendered?.ready(env.relativePath)
          const api = isBuild ? undefined : (pages.get(env.relativePath) ?? webhooks.get(env.relativePath))?.spec
          if (api) return `<h1 id="top">${escapeHtml(api.title)}</h1><p>${escapeHtml(api.description)}</p>`
          const own = { ...env, [KEEP_FRAGMENTS]: true, [SEARCH_RENDER]: true } as typeof env & { frontmatter?: { search?: boolean } }
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
