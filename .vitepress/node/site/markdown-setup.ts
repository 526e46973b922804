import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { MarkdownOptions } from 'vitepress'
import type { LoadedPage, LoadedWebhook } from '../spec/load-pages'
import { loadSpecsWithSnapshot } from '../spec/page-snapshot'
import { createFrontmatterCache, loaderText, type FrontmatterCache } from '../spec/frontmatter-cache'
import { load as loadYamlDefault } from 'js-yaml'
import { isApiFrontmatter, isWebhookFrontmatter } from '../spec/parse-page'
import { createLiveDeclaration, createWholeChecks, type WrittenDeclaration } from '../sdk/write-declaration'
import { snippetEndpoint } from '../sdk/snippet-endpoint'
import { apiPagePlugin } from '../markdown/api-page-plugin'
import { stableCodeGroupIds } from '../markdown/stable-code-group-ids'
import { hoverTablePlugin } from '../markdown/hover-table'
import { skipCodeInSearchRenders } from '../markdown/search-render-code'
import { createFragmentStore, KEEP_FRAGMENTS, type FragmentStore } from '../markdown/page-fragments'
import { rememberRenders } from '../markdown/render-memo'
import { prepareEndpointViews } from '../markdown/prepare-endpoint-views'
import { createTypesCache } from '../twoslash/types-cache'
import { typescriptVersion, type TwoslasherFactory } from '../twoslash/twoslasher-factory'
import { snippetCompilerOptions } from '../twoslash/compiler-options'
import { snippetTransformer } from '../twoslash/transformer'
import { firstTsSnippet, renderTsVariants } from '../render/ts-variants'
import { tsVariantGroups } from '../render/ts-variant-groups'
import { renderPhpVariants } from '../render/php-variants'
import { createCodePalette, loadCodeThemes, type CodePalette } from '../highlight/code-palette'
import { pairThemes, type PairableTheme } from '../highlight/paired-theme'
import { accessibleCodeColour } from '../highlight/code-contrast'
import { compactTokensTransformer } from '../highlight/compact-tokens'
import { createHighlightCache, fingerprintOf, packageVersions, type HighlightCache } from '../highlight/highlight-cache'

/** Everything the site's markdown rendering is made of, built once per process from `docs/`. */
export interface SiteMarkdown {
  pages: Map<string, LoadedPage>
  webhooks: Map<string, LoadedWebhook>
  /** The SDK declaration, written again first if a spec was edited in the dev server since. */
  declaration(): WrittenDeclaration
  /** {@link WrittenDeclaration.hashFor}, without generating the whole declaration where a view is enough. */
  hashFor(code: string): string
  codePalette: CodePalette
  highlightCache: HighlightCache
  /** Parsed frontmatter kept between runs (spec/frontmatter-cache.ts). */
  frontmatterCache: FrontmatterCache
  /** Present when built pages keep their generated blocks out of their scripts. */
  fragments?: FragmentStore
  /** VitePress's `markdown` options: themes, twoslash and our transformers, our plugins. */
  options: MarkdownOptions
}

/**
 * A cached frontmatter if it is a spec's (API or webhook page): VitePress keeps none of a spec in page
 * data (site/page-data.ts), so how the core schema reads a date does not reach it.
 */
function specFrontmatter(data: unknown): Record<string, unknown> | undefined {
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  return isApiFrontmatter(record) || isWebhookFrontmatter(record) ? record : undefined
}

const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const
type CodeTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]

/**
 * Loads the specs, writes the SDK declaration and assembles the markdown options. The site config
 * and the workers that highlight code ahead of a build (highlight/prerender.ts) both use it, so
 * they render, and key the highlight cache, the same way.
 */
export async function createSiteMarkdown(
  root: string,
  /**
   * `live`: the dev server, whose specs change while it runs; it checks endpoints' snippets against
   * their views of the declaration, as `endpointViews` asks for elsewhere (a worker with few pages).
   * `schedule` runs the dev server's warm-up work (TypeScript, grammars) when it is idle.
   * `createTwoslasher` makes the twoslash functions (see twoslash/twoslasher-factory.ts).
   */
  options: {
    fragments: boolean
    createTwoslasher: TwoslasherFactory
    rememberRenders?: boolean
    live?: boolean
    endpointViews?: boolean
    schedule?: (task: () => void) => void
  },
): Promise<SiteMarkdown> {
  const docsDir = join(root, 'docs')
  const frontmatterCache = createFrontmatterCache(join(root, '.vitepress/cache/frontmatter'))
  const sourceDir = (dir: string) => readdirSync(join(root, dir)).map((file) => join(root, dir, file))
  const { pages, webhooks } = loadSpecsWithSnapshot(
    docsDir,
    frontmatterCache.load,
    join(root, '.vitepress/cache/specs.json'),
    fingerprintOf([...sourceDir('.vitepress/node/spec'), join(root, '.vitepress/node/sdk/webhook-types.ts')], packageVersions(['js-yaml'])),
  )
  const specs = () => [...pages.values()].map((page) => page.spec)
  const webhookSpecs = () => [...webhooks.values()].map((page) => page.spec)
  // In the dev server, the file follows an edit ten seconds later (see sdk/write-declaration.ts).
  // There, and where views are enough, the whole declaration is first generated when something asks for it.
  const endpointViews = options.live || options.endpointViews
  const wholeChecks = createWholeChecks(join(root, '.vitepress/cache/twoslash-whole'))
  const declaration = createLiveDeclaration(root, specs, webhookSpecs, {
    writeAfterMs: options.live ? 10_000 : undefined,
    lazyStart: endpointViews,
    wholeChecks,
  })
  // Colour classes instead of inline styles on every code token (see node/highlight/).
  // Syntax colours raised to WCAG AA on VitePress's code backgrounds, in the palette's stylesheet.
  const codeThemes = await loadCodeThemes<PairableTheme>(CODE_THEMES)
  const codePalette = createCodePalette(codeThemes.light, codeThemes.dark, accessibleCodeColour)
  // Both themes' colours from one tokenizing pass (see node/highlight/paired-theme.ts).
  const paired = pairThemes(codeThemes.light, codeThemes.dark)
  // Highlighted blocks are kept between builds and shared with the search index's second rendering.
  const highlightCache = createHighlightCache({
    dir: join(root, '.vitepress/cache/highlight'),
    fingerprint: fingerprintOf(
      [...sourceDir('.vitepress/node/highlight'), ...sourceDir('.vitepress/node/twoslash')],
      [
        ...packageVersions(['vitepress', { name: 'shiki', from: 'vitepress' }, 'typescript', 'twoslash', '@shikijs/twoslash']),
        JSON.stringify(CODE_THEMES),
        `twoslash=${process.env.DOCS_TWOSLASH ?? 'on'}`,
      ],
    ),
    declarationHash: (code) => declaration.hashFor(code),
  })
  const fragments = options.fragments ? createFragmentStore(options.live ? undefined : join(root, '.vitepress/cache/fragments'), { live: options.live }) : undefined
  const endpointViewFile = join(root, '.vitepress/cache/twoslash-views/endpoint.d.ts')
  // DOCS_TWOSLASH=off exists for the benchmark only, to measure what type checking costs.
  const snippets =
    process.env.DOCS_TWOSLASH === 'off'
      ? undefined
      : snippetTransformer({
          createTwoslasher: options.createTwoslasher,
          compilerOptions: snippetCompilerOptions(declaration.file),
          typesCache: createTypesCache(join(root, '.vitepress/cache/twoslash'), (code) => declaration.hashFor(code), typescriptVersion()),
          declaration: { file: declaration.file, version: () => declaration.current().hash },
          // hand-written snippets always: a guide's few endpoints are read faster than the whole declaration
          endpointViews: {
            file: endpointViewFile,
            compilerOptions: snippetCompilerOptions(endpointViewFile),
            // an endpoint's view is not even made where endpoints' snippets see the whole declaration
            viewFor: (code) => (endpointViews || snippetEndpoint(code) === undefined ? declaration.viewFor(code) : undefined),
            checkedWhole: (code) => wholeChecks.add(code),
          },
          // an operation's TypeScript variants in one program: one type checker for the three
          groupOf: tsVariantGroups(specs),
          schedule: options.schedule,
        })
  // The dev server reads TypeScript's libraries once it has served a page, not during the first edit.
  const warmUpPage = pages.values().next().value
  if (options.live && warmUpPage) snippets?.prepare(firstTsSnippet(warmUpPage.spec))
  return {
    pages,
    webhooks,
    declaration: () => declaration.current(),
    hashFor: (code) => declaration.hashFor(code),
    codePalette,
    highlightCache,
    frontmatterCache,
    fragments,
    options: {
      theme: CODE_THEMES,
      // VitePress parses every page's frontmatter again when it renders it: a spec's comes from
      // the cache our loader filled; any other is parsed as gray-matter would (js-yaml's default schema).
      frontmatter: {
        grayMatterOptions: { engines: { yaml: { parse: (text: string) => specFrontmatter(frontmatterCache.cached(loaderText(text))) ?? (loadYamlDefault(text) as object) } } },
      },
      async shikiSetup(highlighter) {
        if (paired) await paired.install(highlighter as unknown as Parameters<typeof paired.install>[0], CODE_THEMES)
        // In the dev server, Shiki compiles a grammar's expressions as it first meets them: do it
        // with one page's code once the server is idle, not during the first edit (the page's
        // blocks were all cached).
        if (options.live && warmUpPage) {
          const samples = warmUpPage.spec.operations.flatMap((operation) => [...renderTsVariants(warmUpPage.spec, operation), ...renderPhpVariants(warmUpPage.spec, operation)])
          const schedule = options.schedule ?? ((task: () => void) => setTimeout(task, 0).unref())
          schedule(() => samples.forEach((sample) => highlighter.codeToTokens(sample.code, { lang: sample.lang, themes: CODE_THEMES })))
        }
      },
      codeTransformers: [
        ...(snippets ? [snippets as unknown as CodeTransformer] : []),
        // last: it rewrites the finished tree, twoslash's hover spans included
        compactTokensTransformer(codePalette) as unknown as CodeTransformer,
      ],
      config(md) {
        stableCodeGroupIds(md)
        apiPagePlugin(md, {
          pages,
          webhooks,
          onSpecChange: () => declaration.invalidate(),
        })
        hoverTablePlugin(md)
        skipCodeInSearchRenders(md)
        fragments?.attach(md)
        highlightCache.attach(md)
        if (options.live && snippets) prepareEndpointViews(md, pages, snippets.prepare)
        // last, so a remembered render skips everything above
        if (options.rememberRenders) rememberRenders(md, (env) => !!env[KEEP_FRAGMENTS])
      },
    },
  }
}
