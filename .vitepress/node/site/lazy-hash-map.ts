import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const METADATA_SCRIPT = /<script type="module" src="([^"]*\/)(metadata\.[0-9a-f]+\.js)"><\/script>/
const HASH_MAP = /^window\.__VP_HASH_MAP__=JSON\.parse\(("(?:[^"\\]|\\.)*")\);/

/** The key VitePress's client looks a page up by: `openapi/v3/x.md` → `openapi_v3_x.md`. */
export function hashMapKey(relativePath: string): string {
  return relativePath.replace(/\//g, '_').toLowerCase()
}

/** One built page as {@link LazyHashMap.apply} takes it. */
export interface BuiltPage {
  html: string
  /** The page's docs-relative path (`openapi/v3/x.md`). */
  relativePath: string
  /** The site's base (`/`), under which the metadata script's folder is. */
  base: string
  outDir: string
}

export interface LazyHashMap {
  /** Points one built page at the trimmed metadata script and, for an API page, adds its own entry. */
  apply(page: BuiltPage): string
}

/**
 * Keeps VitePress's page→chunk map (an entry per page: 79 KB at a thousand pages) out of what an
 * API page loads. VitePress puts the whole map in the site's metadata script; here that script
 * keeps the entries of the other pages (guides, indexes) only, and each API page adds its own
 * entry in a one-line module that runs right after it. The whole map stays in VitePress's
 * `hashmap.json`: its router fetches it when a page is missing from the map, and the theme
 * (theme/page-hash-map.ts) fetches it when a reader first points at a link.
 */
export function createLazyHashMap(apiPages: Iterable<string>): LazyHashMap {
  const apiKeys = new Set([...apiPages].map(hashMapKey))
  let trimmed: { original: string; file: string; map: Record<string, string> } | undefined

  function trim(page: BuiltPage, folder: string, original: string) {
    if (trimmed?.original === original) return trimmed
    const dir = join(page.outDir, folder.slice(page.base.length))
    const path = join(dir, original)
    const script = readFileSync(path, 'utf8')
    const match = HASH_MAP.exec(script)
    if (!match) throw new Error(`${path}: the page hash map is not where VitePress 1.6 writes it`)
    const map = JSON.parse(JSON.parse(match[1]) as string) as Record<string, string>
    const others = Object.fromEntries(Object.entries(map).filter(([key]) => !apiKeys.has(key)))
    const content = `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(others))});${script.slice(match[0].length)}`
    const file = `metadata.${createHash('sha256').update(content).digest('hex').slice(0, 8)}.js`
    writeFileSync(join(dir, file), content)
    if (file !== original) rmSync(path)
    trimmed = { original, file, map }
    return trimmed
  }

  return {
    apply(page) {
      const script = METADATA_SCRIPT.exec(page.html)
      if (!script) return page.html
      const [tag, folder, original] = script
      const { file, map } = trim(page, folder, original)
      const key = hashMapKey(page.relativePath)
      const hash = apiKeys.has(key) ? map[key] : undefined
      const own = hash ? `<script type="module">__VP_HASH_MAP__[${JSON.stringify(key)}]=${JSON.stringify(hash)}</script>` : ''
      return page.html.replace(tag, () => `<script type="module" src="${folder}${file}"></script>${own}`)
    },
  }
}
