import { renameSync, writeFileSync } from 'node:fs'

/**
 * Writes `content` to `file` through a temporary file beside it and a rename, so that no reader,
 * in this process or another, ever sees the file half written. For cache folders that several
 * build processes share, and whose files count as valid for as long as they exist.
 */
export function writeWhole(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, file)
}
