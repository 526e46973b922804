import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseApiSource, type LoadedPage } from '../../../.vitepress/node/spec/load-pages'

/** The renderer's fixture pages, reused for the exports: the same specs, every form they take. */
export const fixtureDir = join(import.meta.dirname, '../render/fixtures')

/** Every fixture page, parsed, with the docs-relative file name it would have on the site. */
export function fixturePages(): LoadedPage[] {
  return readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((name) => parseApiSource(readFileSync(join(fixtureDir, name), 'utf8'), `openapi/v3/fixtures/${name}`)!)
}
