/**
 * Fast check of the API specs without a site build: validates every page's frontmatter, generates
 * the SDK declaration into a temporary file, checks it with `tsc --strict`, and type-checks every
 * TypeScript sample with twoslash as the build does. Every broken page is reported, not just the
 * first. Usage: `npm run check:specs [-- docs/openapi/v3/x.md ...]` (default: every page).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoslasher } from 'twoslash'
import { listMarkdownFiles, parseApiSource, parseWebhookSource, type LoadedPage, type LoadedWebhook } from '../.vitepress/node/spec/load-pages'
import { webhookTsSample } from '../.vitepress/node/render/webhook-code'
import { generateDeclaration } from '../.vitepress/node/sdk/generate-declaration'
import { renderTsVariants } from '../.vitepress/node/render/ts-variants'
import { renderPhpVariants } from '../.vitepress/node/render/php-variants'
import { snippetCompilerOptions } from '../.vitepress/node/twoslash/compiler-options'

const root = join(import.meta.dirname, '..')
const docsDir = join(root, 'docs')
const only = process.argv.slice(2).map((file) => file.replace(/^docs\//, ''))
let failures = 0

const pages = new Map<string, LoadedPage>()
const webhooks = new Map<string, LoadedWebhook>()
for (const file of listMarkdownFiles(docsDir)) {
  try {
    const source = readFileSync(join(docsDir, file), 'utf8')
    const loaded = parseApiSource(source, file)
    if (loaded) pages.set(file, loaded)
    const webhook = parseWebhookSource(source, file)
    if (webhook) webhooks.set(file, webhook)
  } catch (error) {
    failures++
    console.error(`docs/${(error as Error).message}`)
  }
}

mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
const work = mkdtempSync(join(root, 'node_modules/.cache/check-specs-'))
const declarationFile = join(work, 'wechatpay.generated.d.ts')
writeFileSync(declarationFile, generateDeclaration([...pages.values()].map((page) => page.spec), [...webhooks.values()].map((page) => page.spec)))
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['--ignoreConfig', '--noEmit', '--strict', '--types', 'node', declarationFile], {
    cwd: root,
    stdio: 'inherit',
  })
} catch {
  failures++
  console.error('the generated declaration does not pass tsc --strict')
}

const twoslasher = createTwoslasher({ compilerOptions: snippetCompilerOptions(declarationFile) })
let snippets = 0
for (const [file, { spec }] of pages) {
  if (only.length > 0 && !only.includes(file)) continue
  for (const operation of spec.operations) {
    renderPhpVariants(spec, operation)
    for (const sample of renderTsVariants(spec, operation)) {
      snippets++
      try {
        twoslasher(`${sample.hiddenPrelude ?? ''}// ---cut---\n${sample.code}`, 'ts')
      } catch (error) {
        failures++
        console.error(`docs/${file}: ${operation.method} ${sample.label}:\n${sample.code}\n${(error as Error).message}\n`)
      }
    }
  }
}
for (const [file, { spec }] of webhooks) {
  if (only.length > 0 && !only.includes(file)) continue
  const sample = webhookTsSample(spec)
  snippets++
  try {
    twoslasher(`${sample.hiddenPrelude ?? ''}// ---cut---\n${sample.code}`, 'ts')
  } catch (error) {
    failures++
    console.error(`docs/${file}: ${sample.label}:\n${sample.code}\n${(error as Error).message}\n`)
  }
}
console.log(`${webhooks.size} webhook pages, ${pages.size} API pages, ${snippets} TypeScript snippets checked, ${failures} problems`)
process.exit(failures > 0 ? 1 : 0)
