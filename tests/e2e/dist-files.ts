import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The built site the browser tests run against. */
export const distDir = join(import.meta.dirname, '../../.vitepress/dist')

/** Fails with a clear message when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html: run \`npx vitepress build\` before the browser tests (npm test does)`)
  }
}

/** Every file of the built site, as `/`-separated paths relative to it, sorted. */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? distFiles(join(dir, entry.name)) : [relative(distDir, join(dir, entry.name)).split('\\').join('/')]))
    .sort()
}

/** Reads a file of the built site as text. */
export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8')
}

/** Decodes the entities VitePress and Vue write in attribute values. */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** One tag of an HTML file with the attributes this test reads (double-quoted, as Vue writes them). */
export interface Tag {
  name: string
  attrs: Record<string, string>
}

/** Every start tag of an HTML document (text is escaped in the output, so `<` only opens tags). */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = []
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {}
    for (const attr of match[2].matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[attr[1].toLowerCase()] = decodeAttribute(attr[2] ?? '')
    tags.push({ name: match[1].toLowerCase(), attrs })
  }
  return tags
}
