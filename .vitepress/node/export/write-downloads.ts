import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeWhole } from '../fs/write-whole'
import type { DownloadFile } from './downloads'

/**
 * Brings the files for tools in `dir` up to date with `files`: writes those whose content changed
 * since the last call (their hashes are kept in `manifest`, a file outside `dir`), deletes those
 * no longer given, and leaves the rest alone. A build with one page edited rewrites a few of the
 * thousand pages' markdown instead of emptying and refilling the folder. Files are replaced, not
 * written over, so that hard links to the old ones (the last build's output) keep their content.
 */
export function writeDownloads(dir: string, files: readonly DownloadFile[], manifest: string): void {
  let before: Record<string, string> = {}
  try {
    before = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>
  } catch {
    // none yet, or unreadable: what the folder holds is unknown, so it starts empty
    rmSync(dir, { recursive: true, force: true })
  }
  const after: Record<string, string> = {}
  for (const file of files) {
    const hash = createHash('sha256').update(file.content).digest('hex')
    after[file.path] = hash
    const target = join(dir, file.path)
    if (before[file.path] === hash && existsSync(target)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeWhole(target, file.content)
  }
  for (const path of Object.keys(before)) {
    if (!(path in after)) rmSync(join(dir, path), { force: true })
  }
  mkdirSync(dirname(manifest), { recursive: true })
  writeWhole(manifest, JSON.stringify(after))
}
