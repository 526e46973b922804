import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { writeWhole } from '../fs/write-whole'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { MarkdownRenderer } from 'vitepress'

type Highlight = (code: string, lang: string, attrs: string) => string

/** Languages whose blocks twoslash may check against the SDK declaration. */
const TYPESCRIPT = /^(ts|tsx|typescript|mts|cts)$/i

/** Options of {@link createHighlightCache}. */
export interface HighlightCacheOptions {
  /** Where the highlighted blocks are kept between builds. */
  dir: string
  /**
   * Everything else the output depends on: tool versions, themes, the source of our own
   * transformers, whether twoslash is on. A change of any of them must change this string.
   */
  fingerprint: string
  /**
   * Hash of the SDK declaration as a TypeScript block sees it, read on every lookup and again after
   * highlighting: it changes when a spec is edited, and when checking found that a block sees more
   * than it seemed to (see sdk/write-declaration.ts).
   */
  declarationHash: (code: string) => string
}

/** A cache of highlighted code blocks shared by every markdown renderer of one build. */
export interface HighlightCache {
  /** Wraps `md.options.highlight` so a block seen before (this build or an earlier one) is not highlighted again. */
  attach(md: MarkdownRenderer): void
  /** Deletes stored blocks this process neither read nor wrote; call it after a full build only. */
  prune(): void
  stats: { hits: number; misses: number }
  /** The options' fingerprint, for keys of things derived from highlighted blocks. */
  fingerprint: string
}

/**
 * Caches the HTML of highlighted code blocks (Shiki, twoslash and our transformers) on disk.
 * VitePress renders every page twice in a build (the page, then again for the local search index,
 * with a second renderer), and a warm rebuild renders blocks that have not changed: both are served
 * from here. The key covers the code, language and attributes, the `fingerprint`, and for
 * TypeScript blocks the SDK declaration's hash, so a changed declaration never serves stale types.
 * A block whose highlighting throws (a type error) is not stored, so it fails again next time.
 */
export function createHighlightCache(options: HighlightCacheOptions): HighlightCache {
  const used = new Set<string>()
  const stats = { hits: 0, misses: 0 }
  mkdirSync(options.dir, { recursive: true })
  const keyOf = (code: string, lang: string, attrs: string) => {
    const hash = createHash('sha256').update(options.fingerprint).update('\0').update(lang).update('\0').update(attrs)
    if (TYPESCRIPT.test(lang.split(/[:{]/)[0])) hash.update('\0').update(options.declarationHash(code))
    return hash.update('\0').update(code).digest('hex').slice(0, 32)
  }
  // Read from disk each time, not kept in memory: a build asks for most blocks once, and a
  // thousand pages' highlighted code held until the end cost the build hundreds of MB.
  const lookup = (key: string): string | undefined => {
    const file = join(options.dir, `${key}.html`)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
  return {
    stats,
    fingerprint: options.fingerprint,
    attach(md) {
      const highlight = md.options.highlight as Highlight | null | undefined
      if (!highlight) return
      md.options.highlight = (code: string, lang: string, attrs: string) => {
        const key = keyOf(code, lang, attrs)
        used.add(key)
        const cached = lookup(key)
        if (cached !== undefined) {
          stats.hits++
          return cached
        }
        stats.misses++
        const html = highlight(code, lang, attrs)
        // a hand-written snippet checked against the whole declaration after all is keyed by it now
        const checked = keyOf(code, lang, attrs)
        used.add(checked)
        // whole or not at all: build workers (highlight/prerender.ts) write the same folder
        writeWhole(join(options.dir, `${checked}.html`), html)
        return html
      }
    },
    prune() {
      for (const file of readdirSync(options.dir)) {
        if (file.endsWith('.html') && !used.has(file.slice(0, -'.html'.length))) rmSync(join(options.dir, file), { force: true })
      }
    },
  }
}

/**
 * A fingerprint of the files and values the highlighted HTML depends on besides the block itself:
 * the given source files (our transformers) and any extra strings (versions, themes, switches).
 */
export function fingerprintOf(files: string[], extra: string[]): string {
  const hash = createHash('sha256')
  for (const value of extra) hash.update(value).update('\0')
  for (const file of [...files].sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/**
 * `name@version` of installed packages, each resolved from the package before it in the list when
 * `from` says so (VitePress's own Shiki, not a hoisted copy), for {@link fingerprintOf}.
 */
export function packageVersions(names: Array<string | { name: string; from: string }>): string[] {
  const here = createRequire(import.meta.url)
  return names.map((entry) => {
    const { name, from } = typeof entry === 'string' ? { name: entry, from: undefined } : entry
    const require = from ? createRequire(here.resolve(from)) : here
    let dir = dirname(require.resolve(name))
    for (;;) {
      const file = join(dir, 'package.json')
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
        if (pkg.name === name) return `${name}@${pkg.version}`
      }
      if (dirname(dir) === dir) throw new Error(`highlight cache: no package.json found for ${name}`)
      dir = dirname(dir)
    }
  })
}
