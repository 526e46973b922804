import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { writeWhole } from '../fs/write-whole'
import { dirname, join } from 'node:path'
import { linkFile } from '../export/link-tree'
import type { MarkdownRenderer } from 'vitepress'
import { FRAGMENT_END, FRAGMENT_START, LAZY_FRAGMENT_START } from '../render/fragment-marker'
import { deferHiddenCode, DEFERRED_FILE_SLOT } from './deferred-code'
import { FRAGMENT_CLASS, FRAGMENT_DIR, FRAGMENT_PART_SEPARATOR } from '../../shared/page-fragments'

/** The theme component a marked block is replaced with (theme/components/ApiFragment.ts). */
export const FRAGMENT_COMPONENT = 'ApiFragment'

/** Set on a render's env to keep the marked blocks in place (the local search indexes them). */
export const KEEP_FRAGMENTS = '__keepApiFragments'

const MARKED = new RegExp(`(${FRAGMENT_START}|${LAZY_FRAGMENT_START})([\\s\\S]*?)${FRAGMENT_END}`, 'g')
// What the server renders for the component: an empty element naming its file and part (a lazy
// part has a `data-lazy` attribute after these, so it does not match and is left empty).
const PLACEHOLDER = new RegExp(`<div class="${FRAGMENT_CLASS}" data-fragment="([^"#]+)#(\\d+)"></div>`, 'g')

/** A page's HTML with its marked blocks taken out, and the files that hold them. */
export interface SplitPage {
  html: string
  /** The parts of each fragment file, by its path relative to the site's base. */
  files: Map<string, string[]>
}

function fileOf(parts: string[], suffix: string): string {
  const hash = createHash('sha256').update(parts.join(FRAGMENT_PART_SEPARATOR)).digest('hex').slice(0, 16)
  return `${FRAGMENT_DIR}/${hash}${suffix}.html`
}

/**
 * Takes the blocks marked by render/fragment-marker.ts out of a page's rendered HTML. Each becomes
 * an `<ApiFragment>` placeholder naming its file and part number: the page's file (named by the
 * hash of its parts) for the blocks the HTML carries, a second one for the lazy blocks. The code
 * of a code group's hidden tabs goes to a third file (see markdown/deferred-code.ts).
 */
export function splitFragments(html: string): SplitPage {
  const eager: string[] = []
  const lazy: string[] = []
  const order: Array<{ lazy: boolean; part: number }> = []
  const deferred: string[] = []
  for (const match of html.matchAll(MARKED)) {
    const isLazy = match[1] === LAZY_FRAGMENT_START
    const parts = isLazy ? lazy : eager
    order.push({ lazy: isLazy, part: parts.length })
    parts.push(isLazy ? match[2].trim() : deferHiddenCode(match[2].trim(), deferred))
  }
  const files = new Map<string, string[]>()
  if (order.length === 0) return { html, files }
  if (deferred.length > 0) {
    const deferredFile = fileOf(deferred, '.code')
    files.set(deferredFile, deferred)
    eager.forEach((part, i) => (eager[i] = part.replaceAll(DEFERRED_FILE_SLOT, deferredFile)))
  }
  const eagerFile = fileOf(eager, '')
  const lazyFile = fileOf(lazy, '.lazy')
  if (eager.length > 0) files.set(eagerFile, eager)
  if (lazy.length > 0) files.set(lazyFile, lazy)
  let next = 0
  const out = html.replace(MARKED, () => {
    const { lazy: isLazy, part } = order[next++]
    return isLazy
      ? `<${FRAGMENT_COMPONENT} src="${lazyFile}" part="${part}" lazy></${FRAGMENT_COMPONENT}>`
      : `<${FRAGMENT_COMPONENT} src="${eagerFile}" part="${part}"></${FRAGMENT_COMPONENT}>`
  })
  return { html: out, files }
}

/** The fragments of one build: filled into each page's HTML and written beside it. */
export interface FragmentStore {
  /** Splits every page VitePress renders, unless the render's env has {@link KEEP_FRAGMENTS}. */
  attach(md: MarkdownRenderer): void
  /** Puts each part back into the server-rendered placeholders of one built page. */
  fill(html: string, page: string): string
  /** Writes every fragment file of this build under the output folder. */
  write(outDir: string): void
  /** A fragment file's content, by its path relative to the site's base, if a render made it. */
  read(file: string): string | undefined
}

/**
 * Keeps the generated tables and code out of each page's Vue component in a build. VitePress
 * compiles a page's whole HTML into its JavaScript twice (client and server bundles), so a thousand
 * large pages made the bundler hold gigabytes, and a reader downloaded every table twice (HTML and
 * JS). Here the HTML carries the parts (filled in after server rendering, kept by hydration) and
 * the page's script only their file's name, fetched when a reader navigates to the page in-app.
 * Lazy parts are never filled in: the browser fetches them when they are first needed.
 * With `stageDir`, the files are kept there between builds (their names are their contents'
 * hashes, so one that exists is up to date) and linked into the output: a build writes only the
 * files of pages that changed, and deletes there those no page uses any more.
 * With `live` (the dev server, which serves the files from memory: see site/serve-fragments.ts),
 * a page rendered again lets go of the files its last render made, so edits do not pile up.
 */
export function createFragmentStore(stageDir?: string, options: { live?: boolean } = {}): FragmentStore {
  const files = new Map<string, string[]>()
  const filesOfPage = new Map<string, Set<string>>()
  const replaceFilesOf = (page: string, now: Set<string>) => {
    const before = filesOfPage.get(page)
    filesOfPage.set(page, now)
    for (const file of before ?? []) {
      if (!now.has(file) && ![...filesOfPage.values()].some((used) => used.has(file))) files.delete(file)
    }
  }
  const stage = (file: string, content: string) => {
    const staged = join(stageDir!, file)
    if (existsSync(staged)) return staged
    mkdirSync(dirname(staged), { recursive: true })
    // whole or not at all: a file that exists counts as up to date
    writeWhole(staged, content)
    return staged
  }
  return {
    attach(md) {
      const render = md.render.bind(md)
      md.render = (src, env: Record<string, unknown> = {}) => {
        const html = render(src, env)
        if (env[KEEP_FRAGMENTS]) return html
        const split = splitFragments(html)
        for (const [file, parts] of split.files) files.set(file, parts)
        if (options.live && typeof env.relativePath === 'string') replaceFilesOf(env.relativePath, new Set(split.files.keys()))
        return split.html
      }
    },
    fill(html, page) {
      return html.replace(PLACEHOLDER, (tag, file: string, part: string) => {
        const content = files.get(file)?.[Number(part)]
        if (content === undefined) throw new Error(`${page}: fragment ${file}#${part} was not rendered in this build`)
        // a function, so that `$&` or `$1` in spec text is not read as a replacement pattern
        return tag.replace('></div>', () => `>${content}</div>`)
      })
    },
    read(file) {
      return files.get(file)?.join(FRAGMENT_PART_SEPARATOR)
    },
    write(outDir) {
      for (const [file, parts] of files) {
        const content = parts.join(FRAGMENT_PART_SEPARATOR)
        const target = join(outDir, file)
        if (stageDir) {
          linkFile(stage(file, content), target)
          continue
        }
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, content)
      }
      if (!stageDir || !existsSync(join(stageDir, FRAGMENT_DIR))) return
      for (const name of readdirSync(join(stageDir, FRAGMENT_DIR))) {
        if (!files.has(`${FRAGMENT_DIR}/${name}`)) rmSync(join(stageDir, FRAGMENT_DIR, name), { force: true })
      }
    },
  }
}
