import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { writeWhole } from '../fs/write-whole'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { load, CORE_SCHEMA } from 'js-yaml'

/** Parses a page's YAML frontmatter; `file` names the page in errors. */
export type YamlLoader = (text: string, file: string) => unknown

/** js-yaml with its core schema (no dates, no custom tags): how every spec is read. */
export const loadYaml: YamlLoader = (text, file) => load(text, { schema: CORE_SCHEMA, filename: file })

/**
 * The frontmatter text the spec loader parses (the lines between the `---` delimiters), from the
 * block gray-matter hands its YAML engine, which still holds the line break after the opening `---`.
 */
export function loaderText(grayMatterBlock: string): string {
  return grayMatterBlock.replace(/^\n/, '')
}

/** True when JSON gives the value back as it is: no NaN, infinities or other non-JSON values. */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(survivesJson)
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(survivesJson)
  return false
}

/** A disk cache of parsed frontmatter (see {@link createFrontmatterCache}). */
export interface FrontmatterCache {
  /** {@link loadYaml}, answered from the cache when this text was parsed before. */
  load: YamlLoader
  /** The cached parse of `text`, if there is one; never parses. */
  cached(text: string): unknown
  /** Deletes entries this process neither read nor wrote; call it after a full build only. */
  prune(): void
}

/**
 * Keeps the parsed YAML of each frontmatter as JSON, keyed by the hash of its text and the
 * js-yaml version. A thousand specs take seconds to parse with js-yaml and a tenth of that to read
 * back as JSON; a build reads them in several processes, and VitePress parses each page's
 * frontmatter once more. A text whose value JSON cannot hold is parsed every time.
 */
export function createFrontmatterCache(dir: string): FrontmatterCache {
  const version = createRequire(import.meta.url)('js-yaml/package.json').version as string
  const used = new Set<string>()
  mkdirSync(dir, { recursive: true })
  const fileOf = (text: string) => {
    const key = createHash('sha1').update(`js-yaml@${version} core\0`).update(text).digest('hex')
    used.add(`${key}.json`)
    return join(dir, `${key}.json`)
  }
  const cached = (text: string) => {
    const file = fileOf(text)
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
  }
  return {
    cached,
    load(text, file) {
      const hit = cached(text)
      if (hit !== undefined) return hit
      const value = loadYaml(text, file)
      if (survivesJson(value)) {
        // whole or not at all: several build processes share the folder
        writeWhole(fileOf(text), JSON.stringify(value))
      }
      return value
    },
    prune() {
      for (const file of readdirSync(dir)) if (file.endsWith('.json') && !used.has(file)) rmSync(join(dir, file), { force: true })
    },
  }
}
