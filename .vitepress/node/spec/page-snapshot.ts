import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeWhole } from '../fs/write-whole'
import { collectApiPages, collectWebhookPages, listMarkdownFiles, parseApiSource, parseWebhookSource, type LoadedPage, type LoadedWebhook } from './load-pages'
import type { YamlLoader } from './frontmatter-cache'

/** One markdown file as last parsed: its size and time of change, and what it held. */
interface SnapshotEntry {
  mtimeMs: number
  size: number
  api: LoadedPage | null
  webhook: LoadedWebhook | null
}

interface Snapshot {
  key: string
  entries: Record<string, SnapshotEntry>
}

/** The API and webhook pages of a docs folder, keyed by relative path. */
export interface LoadedSpecs {
  pages: Map<string, LoadedPage>
  webhooks: Map<string, LoadedWebhook>
}

function readSnapshot(file: string, key: string): Snapshot['entries'] {
  if (!existsSync(file)) return {}
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
    return snapshot.key === key ? snapshot.entries : {}
  } catch {
    return {}
  }
}

/**
 * Loads every API and webhook page as `loadApiPages` and `loadWebhookPages` do (same checks, same
 * errors), keeping what each file gave in one JSON file, `snapshotFile`. A file whose size and time
 * of change are those recorded is not read nor parsed again: at a thousand pages, reading each file
 * and its cached frontmatter and validating its spec took 0.6 s of the dev server's start (more
 * when the files were not in the system's cache) and 2 s of each highlighting worker; reading the
 * snapshot takes a tenth of that. `key` names the parsing code and its version (the snapshot is
 * dropped when it changes). The file is written whole, only when something changed, and never when
 * a spec has an error.
 */
export function loadSpecsWithSnapshot(docsDir: string, yaml: YamlLoader, snapshotFile: string, key: string): LoadedSpecs {
  const before = readSnapshot(snapshotFile, key)
  const files = listMarkdownFiles(docsDir)
  const entries: Snapshot['entries'] = {}
  let changed = files.length !== Object.keys(before).length
  for (const file of files) {
    const { mtimeMs, size } = statSync(join(docsDir, file))
    const known = before[file]
    if (known && known.mtimeMs === mtimeMs && known.size === size) {
      entries[file] = known
      continue
    }
    const source = readFileSync(join(docsDir, file), 'utf8')
    const api = parseApiSource(source, file, yaml) ?? null
    const webhook = source.includes('webhook') ? (parseWebhookSource(source, file, yaml) ?? null) : null
    // as the snapshot gives it back (a field left undefined is absent), so no load depends on whether the file changed
    entries[file] = JSON.parse(JSON.stringify({ mtimeMs, size, api, webhook })) as SnapshotEntry
    changed = true
  }
  const specs = {
    pages: collectApiPages(files.map((file) => [file, entries[file].api ?? undefined])),
    webhooks: collectWebhookPages(files.map((file) => [file, entries[file].webhook ?? undefined])),
  }
  if (changed) writeWhole(snapshotFile, JSON.stringify({ key, entries } satisfies Snapshot))
  return specs
}
