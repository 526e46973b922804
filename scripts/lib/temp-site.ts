import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The project root (where package.json is). */
export const projectRoot = join(import.meta.dirname, '../..')

/**
 * Creates a throw-away copy of the site (its `.vitepress` code and optionally the real `docs/`)
 * under `node_modules/.cache`, so that packages resolve from the project's own node_modules.
 * `pages` adds or replaces docs files, keyed by their path under `docs/`. `parent` puts the copy
 * elsewhere (still below the project): the dev server takes any file under `node_modules` for a
 * dependency to pre-bundle, theme included.
 */
export function createTempSite(options: { name: string; copyDocs: boolean; pages?: Record<string, string>; parent?: string }): string {
  const cacheDir = options.parent ?? join(projectRoot, 'node_modules/.cache')
  mkdirSync(cacheDir, { recursive: true })
  const dir = mkdtempSync(join(cacheDir, `${options.name}-`))
  cpSync(join(projectRoot, '.vitepress'), join(dir, '.vitepress'), {
    recursive: true,
    filter: (source) => !/[\\/]\.vitepress[\\/](cache|dist)([\\/]|$)/.test(source),
  })
  if (options.copyDocs) cpSync(join(projectRoot, 'docs'), join(dir, 'docs'), { recursive: true })
  for (const [file, text] of Object.entries(options.pages ?? {})) {
    mkdirSync(dirname(join(dir, 'docs', file)), { recursive: true })
    writeFileSync(join(dir, 'docs', file), text)
  }
  return dir
}
