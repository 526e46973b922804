// A child process of highlight/prerender.ts: renders the pages it is sent with the site's own
// markdown setup, which fills the highlight cache, and records each page that rendered whole.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMarkdownRenderer } from 'vitepress'
import { createTwoslasher } from 'twoslash'
import { createSiteMarkdown } from '../site/markdown-setup'
import { KEEP_FRAGMENTS } from '../markdown/page-fragments'
import { renderedPageKey, renderedPagesDir } from './prerender'

/**
 * Heap in use above which the worker collects garbage itself (see below). Collecting every few
 * pages kept the heap near 350 MB but cost a fifth of the worker's time; each full collection
 * marks the SDK declaration's whole syntax tree and types again. At 512 MB the cold build's peak
 * was 2.3 GB instead of 2.5 GB, but its highlighting took 112–120 s instead of 94–104 s: the
 * worker's live heap is near 400 MB, so it collected almost as often as before. At 600 MB, after
 * this worker came to import twoslash's entry itself (node/twoslash/twoslasher-factory.ts), single
 * cold builds peaked at 2,484–2,560 MiB (workers at 1,100–1,130 MB) against 2,368–2,394 MiB before
 * (a worker alone on 48 pages showed no steady difference); 560 MB keeps further from 2.5 GiB.
 */
const HEAP_BUDGET_BYTES = 560 * 2 ** 20

process.once('message', async (message) => {
  const { root, files, endpointViews } = message as { root: string; files: string[]; endpointViews: boolean }
  const docsDir = join(root, 'docs')
  // A few pages' snippets read their endpoints' views faster than the whole declaration; a thousand
  // would read the views' shared skeleton a thousand times.
  const markdown = await createSiteMarkdown(root, { fragments: false, endpointViews, createTwoslasher })
  const md = await createMarkdownRenderer(docsDir, markdown.options, '/')
  const done = renderedPagesDir(root)
  mkdirSync(done, { recursive: true })
  const failed: Array<{ file: string; message: string }> = []
  let rendered = 0
  for (const file of files) {
    const source = readFileSync(join(docsDir, file), 'utf8')
    try {
      md.render(source, { path: join(docsDir, file), relativePath: file, cleanUrls: false, [KEEP_FRAGMENTS]: true })
      writeFileSync(join(done, renderedPageKey(markdown, file, source)), '')
      rendered++
      // Every snippet leaves a TypeScript program behind; left to itself, V8 lets that garbage grow
      // towards its heap limit in each worker, and two workers and the build would pass 2.5 GB.
      if (process.memoryUsage().heapUsed > HEAP_BUDGET_BYTES) globalThis.gc?.()
    } catch (error) {
      failed.push({ file, message: error instanceof Error ? error.message : String(error) })
    }
  }
  process.send!({ rendered, failed }, () => process.exit(0))
})
