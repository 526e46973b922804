/**
 * Builds N synthetic API pages (plus the real docs) in a temporary copy of the site and prints
 * what a build costs: cold build time and time per page, peak resident memory of the whole build
 * (all processes), warm rebuilds (nothing changed, one page changed), the same cold build without
 * twoslash, the bytes a reader downloads for one API page, and the dev server's start and edit
 * times in Chromium.
 * Usage: `npm run bench -- --pages 1000 [--no-compare] [--no-dev]`.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createTempSite, projectRoot } from './lib/temp-site'
import { runMeasured, type Measured } from './lib/measure'
import { syntheticPages } from './lib/synthetic-pages'
import { measureDev, READ_BEFORE_EDIT_MS } from './lib/measure-dev'
import { createBareSite } from './lib/bare-site'

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    'no-compare': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const count = Number(values.pages)
const pages = syntheticPages(count)
const site = createTempSite({
  name: 'bench',
  copyDocs: true,
  parent: join(projectRoot, '.bench'),
  pages: Object.fromEntries(pages.map((page) => [page.file, page.source])),
})
/** Every markdown page of the temporary site: the synthetic ones and the site's own. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'))
}
const totalPages = markdownFiles(join(site, 'docs')).length
const vitepress = join(projectRoot, 'node_modules/.bin/vitepress')
const dist = join(site, '.vitepress/dist')
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function build(label: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const result = await runMeasured(vitepress, ['build'], { cwd: site, env })
  if (result.status !== 0) {
    console.error(result.output)
    throw new Error(`${label}: vitepress build failed`)
  }
  console.log(`${label.padEnd(34)} ${seconds(result.ms).padStart(8)}  ${(result.ms / totalPages).toFixed(0).padStart(5)} ms/page  CPU ${seconds(result.cpuMs).padStart(7)}  peak ${mib(result.peakRssBytes)}`)
  const prerendered = /highlighted the code of .*/.exec(result.output)
  if (prerendered) console.log(`${''.padEnd(34)} (${prerendered[0]})`)
  return result
}

function pageWeight(htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8')
  const assets = new Set<string>()
  for (const match of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+)"/g)) assets.add(match[1])
  let js = 0
  let css = 0
  for (const asset of assets) {
    const size = statSync(join(dist, asset)).size
    if (asset.endsWith('.js')) js += size
    if (asset.endsWith('.css')) css += size
  }
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, js, css }
}

function describeWeight(label: string, htmlFile: string): string {
  const weight = pageWeight(htmlFile)
  return `${label}: HTML ${kb(weight.html)} (${kb(weight.htmlGzip)} gzipped), JS ${kb(weight.js)}, CSS ${kb(weight.css)}`
}

console.log(`benchmark: ${count} synthetic API pages + the site's own pages (${totalPages} in all), in ${site}`)
console.log(`machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}, default heap limit\n`)
rmSync(join(site, '.vitepress/cache'), { recursive: true, force: true })
const cold = await build('cold build (twoslash)')
await build('warm rebuild, nothing changed')
const edited = join(site, 'docs', pages[0].file)
writeFileSync(edited, readFileSync(edited, 'utf8').replace('description: 用于衡量', 'description: 已修改，用于衡量'))
await build('warm rebuild, one page changed')

const sample = pages.find((page) => page.source.includes('method: POST'))!
const htmlOf = (file: string) => join(dist, file.replace(/\.md$/, '.html'))
const syntheticHtml = pages.map((page) => statSync(htmlOf(page.file)).size).sort((a, b) => a - b)
// read now: the build without twoslash below replaces the output
const weights = [
  describeWeight('the seed API page (JSAPI下单)', htmlOf('openapi/v3/pay/transactions/jsapi.md')),
  describeWeight(`a synthetic API page (${sample.file})`, htmlOf(sample.file)),
  `HTML of the ${count} synthetic pages: median ${kb(syntheticHtml[Math.floor(count / 2)])}, largest ${kb(syntheticHtml[count - 1])}`,
]
const searchIndex = readdirSync(join(dist, 'assets/chunks')).filter((file) => file.startsWith('@localSearchIndex'))
const searchBytes = searchIndex.reduce((sum, file) => sum + statSync(join(dist, 'assets/chunks', file)).size, 0)

if (!values['no-dev']) {
  const dev = () => measureDev({ vitepress, site, url: '/openapi/v3/pay/transactions/jsapi', file: join(site, 'docs/openapi/v3/pay/transactions/jsapi.md'), port: 4391 })
  // the first start also pre-bundles VitePress's browser dependencies (kept in .vitepress/cache/deps)
  const first = await dev()
  const runs = [await dev(), await dev(), await dev()]
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const range = (values: number[]) => `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}`
  const open = runs.map((run) => run.openMs)
  const edit = runs.map((run) => run.editMs)
  console.log(`dev server: start and open the JSAPI page ${seconds(median(open))} (median of ${runs.length} starts, ${range(open)}; ${seconds(first.openMs)} on the very first start); a frontmatter edit, saved ${seconds(READ_BEFORE_EDIT_MS)} after the page showed, shown in the browser after ${seconds(median(edit))} (${range(edit)})`)
  // VitePress alone, for scale: the default theme, one page, then as many pages as ours, measured the same way
  for (const more of [0, totalPages - 1]) {
    const bare = createBareSite(join(projectRoot, '.bench'), more)
    const bareOpen = () => measureDev({ vitepress, site: bare.dir, url: bare.url, file: '', port: 4392, edit: false }).then((times) => times.openMs)
    await bareOpen()
    const bareRuns = [await bareOpen(), await bareOpen(), await bareOpen()]
    const pagesLabel = more === 0 ? 'one page' : `${more + 1} short pages`
    console.log(`  VitePress alone (default theme, ${pagesLabel}, local search): start and open ${seconds(median(bareRuns))} (${range(bareRuns)})`)
    rmSync(bare.dir, { recursive: true, force: true })
  }
}

if (!values['no-compare']) {
  rmSync(join(site, '.vitepress/cache'), { recursive: true, force: true })
  const plain = await build('cold build without twoslash', { DOCS_TWOSLASH: 'off' })
  console.log(`type checking costs ${(cold.ms / plain.ms).toFixed(2)}× the build without it (CPU time: ${(cold.cpuMs / plain.cpuMs).toFixed(2)}×)`)
}
console.log(['', ...weights].join('\n'))
console.log(`search index: ${kb(searchBytes)} in total, ${kb(searchBytes / totalPages)} per page`)
if (!values.keep) rmSync(site, { recursive: true, force: true })
