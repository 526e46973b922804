import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DownloadFile } from './downloads'

/** Writes the files for tools into the build's output folder (VitePress `buildEnd`). */
export function writeDownloads(outDir: string, files: readonly DownloadFile[]): void {
  for (const file of files) {
    const target = join(outDir, file.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.content, 'utf8')
  }
}
