import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A fenced code block of a page's own markdown, named by a `<!-- snippet: name -->` line before it. */
export interface PageBlock {
  lang: string
  code: string
  name?: string
}

const FENCE = /^(`{3,}|~{3,})(\S*)/
const SNIPPET_MARK = /^<!--\s*snippet:\s*([\w-]+)\s*-->$/

/** The fenced code blocks of a docs page, in order. */
export function pageBlocks(docsDir: string, file: string): PageBlock[] {
  const lines = readFileSync(join(docsDir, file), 'utf8').split('\n')
  const blocks: PageBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i])
    if (!open || !open[2]) continue
    let end = i + 1
    while (end < lines.length && lines[end].trim() !== open[1]) end++
    const name = SNIPPET_MARK.exec((lines[i - 1] ?? '').trim())?.[1]
    blocks.push({ lang: open[2], code: lines.slice(i + 1, end).join('\n'), ...(name ? { name } : {}) })
    i = end
  }
  return blocks
}

/** What a reader copies from a twoslash block: the code after `// ---cut---` (the hidden part only declares types). */
export function shownCode(code: string): string {
  const cut = code.split('\n').findIndex((line) => line.trim() === '// ---cut---')
  return cut < 0 ? code : code.split('\n').slice(cut + 1).join('\n')
}
