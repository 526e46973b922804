/**
 * Prints the size of the local search index in the built site: its chunks' total bytes, the
 * number of pages it covers and the bytes per page. Run after `npm run build`:
 *   npm run search:size
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const chunks = join(import.meta.dirname, '../.vitepress/dist/assets/chunks')
const files = readdirSync(chunks).filter((name) => name.startsWith('@localSearchIndex') && name.endsWith('.js'))
if (files.length === 0) {
  console.error(`no local search index in ${chunks}; run npm run build first`)
  process.exit(1)
}

let bytes = 0
let gzipped = 0
const pages = new Set<string>()
let sections = 0
for (const name of files) {
  const file = join(chunks, name)
  bytes += statSync(file).size
  // The chunk is `const t='<JSON>';export{t as default}`: VitePress's serialized MiniSearch index.
  const source = readFileSync(file, 'utf8')
  gzipped += gzipSync(source).length
  const literal = /'((?:[^'\\]|\\.)*)'/.exec(source)?.[1] ?? '{}'
  const index = JSON.parse(new Function(`return '${literal}'`)() as string) as { documentIds?: Record<string, string> }
  for (const id of Object.values(index.documentIds ?? {})) {
    sections++
    pages.add(id.split('#')[0])
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
console.log(`search index: ${files.length} chunk(s), ${bytes} bytes (${kib(bytes)}), ${kib(gzipped)} gzipped`)
console.log(`pages: ${pages.size}, sections: ${sections}`)
console.log(`bytes per page: ${pages.size ? Math.round(bytes / pages.size) : 0} (${kib(pages.size ? bytes / pages.size : 0)})`)
