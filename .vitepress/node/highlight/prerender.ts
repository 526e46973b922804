import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, setPriority } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import { listMarkdownFiles } from '../spec/load-pages'
import { endpointComment } from '../sdk/snippet-endpoint'
import { checkedSource } from '../render/code-sample'
import { webhookTsSample } from '../render/webhook-code'
import type { SiteMarkdown } from '../site/markdown-setup'
import { WORKER_SEMI_SPACE_MB } from '../site/young-generation'

/**
 * Fewer pages than this per process are not worth starting another one for: a worker takes
 * seconds and a gigabyte to load the specs and read the SDK declaration before its first page.
 */
const PAGES_PER_WORKER = 48

/** Where a worker records a page whose every code block is in the highlight cache. */
export function renderedPagesDir(root: string): string {
  return join(root, '.vitepress/cache/highlight/pages')
}

/** A fenced TypeScript block of a markdown source: its fence, then its code (with the last line break). */
const TS_FENCE = /^(`{3,}|~{3,})[ \t]*(?:ts|tsx|typescript|mts|cts)\b[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm

/** The TypeScript code of a page that twoslash may check: its generated samples and the blocks of its source. */
function pageSnippets(markdown: SiteMarkdown, file: string, source: string): string[] {
  const snippets: string[] = []
  const page = markdown.pages.get(file)
  if (page) snippets.push(`${endpointComment(page.spec.path)}// ---cut---\n`)
  const webhook = markdown.webhooks.get(file)
  if (webhook) snippets.push(checkedSource(webhookTsSample(webhook.spec)))
  for (const match of source.matchAll(TS_FENCE)) snippets.push(match[2])
  return snippets
}

/**
 * A page's key for the record of rendered pages: its source, the highlighting fingerprint and
 * what its snippets see of the SDK declaration (an API page's generated code: its own endpoint's
 * part; hand-written code: the parts of the endpoints it names, or nothing if it imports no SDK).
 * When it is recorded, every block of the page is cached.
 */
export function renderedPageKey(markdown: SiteMarkdown, file: string, source: string): string {
  const hash = createHash('sha256').update(markdown.highlightCache.fingerprint).update('\0')
  for (const snippet of pageSnippets(markdown, file, source)) hash.update(markdown.hashFor(snippet)).update('\0')
  return hash.update(file).update('\0').update(source).digest('hex')
}

interface WorkerReport {
  rendered: number
  failed: Array<{ file: string; message: string }>
}

/**
 * Scheduling priority (nice value) of a worker that runs beside the build: the build's process
 * comes first, and the worker uses what CPU it leaves (esbuild, Rollup and the garbage collector's
 * threads use the second core at times). The build waits only for the pages the worker has.
 */
const BESIDE_BUILD_NICENESS = 10

function runWorker(root: string, files: string[], beside: boolean): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, '.vitepress/node/highlight/prerender-worker.ts'), [], {
      cwd: root,
      // A larger young generation: highlighting allocates fast and briefly (16 → 64 MB measured
      // ~13% faster; 32 MB as fast as 64 in a later build, with less memory). The heap limit
      // stays Node's default.
      execArgv: ['--import', 'tsx', '--expose-gc', `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    if (beside && child.pid !== undefined) {
      try {
        setPriority(child.pid, BESIDE_BUILD_NICENESS)
      } catch {
        // not allowed here: it runs at the build's priority
      }
    }
    let report: WorkerReport | undefined
    child.on('message', (message) => (report = message as WorkerReport))
    child.on('error', reject)
    child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`code highlighting worker exited with code ${code} before reporting`))))
    child.send({ root, files, endpointViews: beside })
  })
}

/** The highlighting that runs ahead of a build, or beside it (see {@link prerenderCode}). */
export interface PrerenderedCode {
  /**
   * Resolves once the code of the page at `file` (relative to `docs/`) is in the highlight cache,
   * or at once if it was there already; rejects if a worker died.
   */
  ready(file: string): Promise<void>
}

/**
 * Highlights and type-checks the code of each page whose blocks are not all in the highlight cache
 * yet, in child processes, so the build (one process) finds them there. When the work needs more
 * than one worker (a cold build), it takes every core and the returned promise waits for it; when
 * one worker is enough (a few pages edited), it runs beside the build, which uses the other core,
 * and only the build's reads of those pages wait for it ({@link PrerenderedCode.ready}). Blocks
 * that fail (a type error) are not cached: the build renders that page again and reports the error
 * with the page's path, as it does without this step.
 */
export async function prerenderCode(root: string, markdown: SiteMarkdown, workers = availableParallelism()): Promise<PrerenderedCode> {
  const docsDir = join(root, 'docs')
  const done = renderedPagesDir(root)
  const todo = listMarkdownFiles(docsDir).filter(
    (file) => !existsSync(join(done, renderedPageKey(markdown, file, readFileSync(join(docsDir, file), 'utf8')))),
  )
  // Even a few pages go to a worker: then the build itself never loads TypeScript programs, and its
  // memory peak (bundling) does not add to theirs. DOCS_PRERENDER=off leaves the work to the build
  // (the reproducible-build test compares the two).
  if (process.env.DOCS_PRERENDER === 'off' || todo.length === 0) return { ready: () => Promise.resolve() }
  workers = Math.max(1, Math.min(workers, Math.ceil(todo.length / PAGES_PER_WORKER)))
  const started = Date.now()
  const shares: string[][] = Array.from({ length: workers }, () => [])
  todo.forEach((file, i) => shares[i % workers].push(file))
  const finished = Promise.all(shares.map((files) => runWorker(root, files, workers === 1))).then((reports) => {
    const rendered = reports.reduce((sum, report) => sum + report.rendered, 0)
    const failed = reports.flatMap((report) => report.failed)
    console.log(`highlighted the code of ${rendered} pages in ${workers} process${workers > 1 ? 'es' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s` + (failed.length > 0 ? `; ${failed.length} left to the build, which reports their errors` : ''))
  })
  const pending = new Set(todo)
  // A worker that dies fails the build when a page waits for it; until then, it is not unhandled.
  finished.catch(() => {})
  if (workers > 1) await finished
  return { ready: (file) => (pending.has(file) ? finished : Promise.resolve()) }
}

/**
 * Makes the build read a page only once its code is highlighted ({@link PrerenderedCode.ready}):
 * until then, VitePress would highlight and type-check it a second time, in the build's process.
 */
export function waitForPrerenderedCode(docsDir: string, prerendered: PrerenderedCode): Plugin {
  return {
    name: 'wechatpay-docs:wait-for-prerendered-code',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const path = id.split('?')[0]
      if (!path.endsWith('.md')) return null
      const file = relative(docsDir, path)
      if (!file.startsWith('..')) await prerendered.ready(file.split(sep).join('/'))
      return null
    },
  }
}
