import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The folder of the guide pages. */
export const guideDir = join(import.meta.dirname, '../../docs/guide')

/** One fenced code block of a guide page. */
export interface GuideBlock {
  /** The guide's file name, e.g. `signing.md`. */
  file: string
  /** 1-based line of the opening fence. */
  line: number
  /** The fence's language, e.g. `ts`, `php`. */
  lang: string
  /** What follows the language on the fence line, e.g. `twoslash [Node.js]`. */
  meta: string
  /** The block's text, without the fences. */
  code: string
  /** The name given by a `<!-- snippet: name -->` comment on the line before the fence. */
  name?: string
}

const FENCE = /^(\s*)(`{3,}|~{3,})(\S*)\s*(.*)$/
const SNIPPET_MARK = /^<!--\s*snippet:\s*([\w-]+)\s*-->$/

/** Every guide page's file name. */
export function guideFiles(): string[] {
  return readdirSync(guideDir).filter((name) => name.endsWith('.md')).sort()
}

/** The fenced code blocks of one guide page, in order, with their snippet names. */
export function guideBlocks(file: string): GuideBlock[] {
  const lines = readFileSync(join(guideDir, file), 'utf8').split('\n')
  const blocks: GuideBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i])
    if (!open || !open[3]) continue
    const [, indent, fence] = open
    let end = i + 1
    while (end < lines.length && lines[end].trim() !== fence) end++
    const name = SNIPPET_MARK.exec((lines[i - 1] ?? '').trim())?.[1]
    blocks.push({
      file,
      line: i + 1,
      lang: open[3],
      meta: open[4],
      code: lines.slice(i + 1, end).map((line) => line.slice(indent.length)).join('\n'),
      ...(name ? { name } : {}),
    })
    i = end
  }
  return blocks
}

/** Every named snippet of every guide page. */
export function namedSnippets(): GuideBlock[] {
  return guideFiles().flatMap(guideBlocks).filter((block) => block.name)
}

/**
 * Turns a twoslash block into plain TypeScript: the twoslash markers (`// ---cut---`, `// @…`
 * options, `// ^?` queries) go, the hidden part before the cut stays, since it is ordinary
 * TypeScript (declarations and references) that the shown code relies on.
 */
export function runnableSource(code: string): string {
  return code
    .split('\n')
    .filter((line) => !/^\s*\/\/\s*(---cut(-after|-before|-start|-end)?---|@\w+|\^[?|!])/.test(line))
    .join('\n')
}

const snippetDir = join(import.meta.dirname, '../../.vitepress/cache/guide-snippets')

/**
 * Loads the TypeScript snippet `name` of a guide page as a module, exactly as the page shows it, so a
 * test runs the code the reader copies. The module is written under `.vitepress/cache` so its
 * imports resolve from the project's node_modules.
 */
export async function loadSnippet<T>(file: string, name: string): Promise<T> {
  const block = guideBlocks(file).find((candidate) => candidate.name === name)
  if (!block) throw new Error(`${file}: no snippet named ${name}`)
  if (block.lang !== 'ts') throw new Error(`${file}: snippet ${name} is ${block.lang}, not ts`)
  mkdirSync(snippetDir, { recursive: true })
  const path = join(snippetDir, `${file.replace(/\.md$/, '')}--${name}.ts`)
  writeFileSync(path, runnableSource(block.code))
  return (await import(/* @vite-ignore */ pathToFileURL(path).href)) as T
}
