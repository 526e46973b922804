import type { NodeHover, TwoslashFunction, TwoslashNode, TwoslashReturn } from 'twoslash'

const CUT = '// ---cut---\n'

/** Lines that only work at the top of a file, or that twoslash reads as instructions. */
const UNBATCHABLE = /^\s*(import|export)\s|\/\/\s*@|\^\?|\^\||---cut---|---cut-after---|@filename/m

/** A snippet split at its cut: the hidden prelude (through the cut line) and the code shown. */
function splitAtCut(source: string): { prelude: string; code: string } | undefined {
  const cut = source.indexOf(CUT)
  if (cut < 0) return undefined
  return { prelude: source.slice(0, cut + CUT.length), code: source.slice(cut + CUT.length) }
}

/**
 * The batch of `group` as one program: the shared prelude, then each snippet's code in a block of
 * its own (its constants stay its own), or nothing when the snippets cannot share one file.
 */
export function batchSource(group: readonly string[]): { source: string; parts: Array<{ offset: number; line: number; code: string }> } | undefined {
  const split = group.map(splitAtCut)
  const prelude = split[0]?.prelude
  if (group.length < 2 || split.some((part) => !part || part.prelude !== prelude || UNBATCHABLE.test(part.code))) return undefined
  let body = ''
  let line = 0
  const parts = split.map((part) => {
    if (body) {
      body += '\n'
      line++
    }
    body += '{\n'
    line++
    const at = { offset: body.length, line, code: part!.code }
    body += `${part!.code}\n}`
    line += part!.code.split('\n').length
    return at
  })
  return { source: prelude + body, parts }
}

/** The nodes of `batch` that fall in `part`, placed as a check of that part alone places them. */
function nodesOf(batch: TwoslashReturn, part: { offset: number; line: number; code: string }): TwoslashNode[] {
  const end = part.offset + part.code.length
  return batch.nodes
    .filter((node) => node.start >= part.offset && node.start < end)
    .map((node) => ({ ...node, start: node.start - part.offset, line: node.line - part.line }) as TwoslashNode)
}

/** A result shaped as twoslash's own: the getters read `nodes`. */
function resultOf(batch: TwoslashReturn, source: string, code: string, nodes: TwoslashNode[]): TwoslashReturn {
  return {
    code,
    nodes,
    meta: { ...batch.meta, removals: [[0, source.length - code.length]], virtualFiles: [] },
    get queries() {
      return this.nodes.filter((node) => node.type === 'query')
    },
    get completions() {
      return this.nodes.filter((node) => node.type === 'completion')
    },
    get errors() {
      return this.nodes.filter((node) => node.type === 'error')
    },
    get highlights() {
      return this.nodes.filter((node) => node.type === 'highlight')
    },
    get hovers() {
      return this.nodes.filter((node): node is NodeHover => node.type === 'hover')
    },
    get tags() {
      return this.nodes.filter((node) => node.type === 'tag')
    },
  } as TwoslashReturn
}

/**
 * Checks the snippets of one code group (an operation's three TypeScript variants) in one
 * TypeScript program instead of one each: one type checker resolves the SDK's types for all of
 * them. When twoslash is asked for one snippet of a group that `groupOf` names, the whole group
 * is checked, and the others' results wait for their own calls, which follow in the same
 * synchronous render (they are dropped once it ends, so an edit never meets an old result).
 * A group that cannot share a file (imports, twoslash notations, different preludes) or whose
 * batch has any error is checked snippet by snippet, so errors read exactly as they would alone.
 */
export function batchingTwoslasher(twoslash: TwoslashFunction, groupOf: (code: string) => readonly string[] | undefined): TwoslashFunction {
  const waiting = new Map<string, { options: unknown; result: TwoslashReturn }>()
  return ((code: string, extension?: string, options?: Parameters<TwoslashFunction>[2]) => {
    const ready = waiting.get(code)
    if (ready && ready.options === options && extension === 'ts') {
      waiting.delete(code)
      return ready.result
    }
    const group = extension === 'ts' ? groupOf(code) : undefined
    const batch = group?.includes(code) ? batchSource(group) : undefined
    if (!batch) return twoslash(code, extension, options)
    let result: TwoslashReturn
    try {
      result = twoslash(batch.source, extension, options)
    } catch {
      return twoslash(code, extension, options)
    }
    if (result.nodes.some((node) => node.type === 'error')) return twoslash(code, extension, options)
    if (waiting.size === 0) queueMicrotask(() => waiting.clear())
    let mine: TwoslashReturn | undefined
    group!.forEach((member, i) => {
      const part = batch.parts[i]
      const own = resultOf(result, member, part.code, nodesOf(result, part))
      if (member === code) mine = own
      else waiting.set(member, { options, result: own })
    })
    return mine!
  }) as TwoslashFunction
}
