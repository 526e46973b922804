import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Puts every file under `from` at the same place under `to` as a hard link (a copy when the two
 * folders are on different file systems), replacing a file already there. For staged files that are written anew, never edited in
 * place, before each build: linking a thousand of them costs a fraction of copying them.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) {
      linkTree(source, target)
      continue
    }
    rmSync(target, { force: true })
    try {
      linkSync(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      copyFileSync(source, target)
    }
  }
}
