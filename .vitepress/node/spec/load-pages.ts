import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { ApiPageSpec, WebhookPageSpec } from './types'
import { isApiFrontmatter, isWebhookFrontmatter, parseApiPage, parseDocs, splitFrontmatter } from './parse-page'
import { parseWebhookPage } from './parse-webhook'
import { webhookTypeNames } from '../sdk/webhook-types'
import { SpecError } from './spec-error'
import type { YamlLoader } from './frontmatter-cache'

/** A parsed API page and the exact source it was parsed from. */
export interface LoadedPage {
  source: string
  spec: ApiPageSpec
  /** The markdown after the frontmatter, shown below the generated sections. */
  body: string
}

/** Every markdown file under a folder, as sorted paths relative to it with `/` separators. */
export function listMarkdownFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.md') && !file.split(sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((file) => file.split(sep).join('/'))
    .sort()
}

/** Every markdown file under a folder, as {@link listMarkdownFiles} lists them, with its text. */
export function readMarkdownSources(dir: string): Map<string, string> {
  return new Map(listMarkdownFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]))
}

/** A parsed webhook page and the exact source it was parsed from. */
export interface LoadedWebhook {
  source: string
  spec: WebhookPageSpec
  body: string
}

/** Parses one markdown source; returns undefined for pages that are not webhook pages. */
export function parseWebhookSource(source: string, file: string, yaml?: YamlLoader): LoadedWebhook | undefined {
  const { data, body } = splitFrontmatter(source, file, yaml)
  if (!isWebhookFrontmatter(data)) return undefined
  return { source, spec: parseWebhookPage(data, file, parseDocs), body }
}

/**
 * Reads and validates every webhook page under the docs folder, keyed by relative path. Kept apart
 * from `loadApiPages`: a webhook has no method or path, so the SDK declaration's chain, the mock
 * and every test that walks API operations never see one. One event type may have several pages
 * (payment success for merchants, partners and combined orders are all TRANSACTION.SUCCESS), but
 * their file names give their type names in the SDK declaration, so those must differ.
 */
export function loadWebhookPages(docsDir: string, yaml?: YamlLoader, sources = readMarkdownSources(docsDir)): Map<string, LoadedWebhook> {
  // a webhook page's frontmatter names the key; the YAML of a thousand API pages is not read twice
  return collectWebhookPages([...sources].map(([file, source]) => [file, source.includes('webhook') ? parseWebhookSource(source, file, yaml) : undefined]))
}

/**
 * The webhook pages among parsed pages (in the order given), keyed by relative path; throws when
 * two of them would have the same type name (see {@link loadWebhookPages}).
 */
export function collectWebhookPages(parsed: Iterable<readonly [string, LoadedWebhook | undefined]>): Map<string, LoadedWebhook> {
  const pages = new Map<string, LoadedWebhook>()
  const owners = new Map<string, string>()
  for (const [file, loaded] of parsed) {
    if (!loaded) continue
    const { notification } = webhookTypeNames(loaded.spec)
    const owner = owners.get(notification)
    if (owner) throw new SpecError(file, 'file', `its type name Webhooks.${notification} is already taken by ${owner}; rename the file`)
    owners.set(notification, file)
    pages.set(file, loaded)
  }
  return pages
}

/** Parses one markdown source; returns undefined for pages that are not API pages. */
export function parseApiSource(source: string, file: string, yaml?: YamlLoader): LoadedPage | undefined {
  const { data, body } = splitFrontmatter(source, file, yaml)
  if (!isApiFrontmatter(data)) return undefined
  return { source, spec: parseApiPage(data, file), body }
}

/**
 * Reads and validates every API page under the docs folder, keyed by relative path.
 * Two pages may not declare the same method on the same path. `yaml` parses the frontmatter
 * (a cache of it: spec/frontmatter-cache.ts); `sources`, the folder's markdown files read once
 * for this and {@link loadWebhookPages}.
 */
export function loadApiPages(docsDir: string, yaml?: YamlLoader, sources = readMarkdownSources(docsDir)): Map<string, LoadedPage> {
  return collectApiPages([...sources].map(([file, source]) => [file, parseApiSource(source, file, yaml)]))
}

/**
 * The API pages among parsed pages (in the order given), keyed by relative path; throws when two
 * of them declare the same method on the same path.
 */
export function collectApiPages(parsed: Iterable<readonly [string, LoadedPage | undefined]>): Map<string, LoadedPage> {
  const pages = new Map<string, LoadedPage>()
  const owners = new Map<string, string>()
  for (const [file, loaded] of parsed) {
    if (!loaded) continue
    loaded.spec.operations.forEach((operation, i) => {
      const key = `${operation.method} ${loaded.spec.path}`
      const owner = owners.get(key)
      if (owner) {
        const field = loaded.spec.operations.length > 1 ? `operations.${i}.method` : 'method'
        throw new SpecError(file, field, `${key} is already documented by ${owner}`)
      }
      owners.set(key, file)
    })
    pages.set(file, loaded)
  }
  return pages
}

/** The docs-relative path of a page, from the absolute or relative path VitePress gives. */
export function docsRelative(docsDir: string, path: string): string {
  return relative(docsDir, join(docsDir, path)).split(sep).join('/')
}
