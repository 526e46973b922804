import { pascalCase, pathSegments, type PathSegment } from './call-path'

const MARK = '// wechatpay-docs endpoint: '
const CUT = '// ---cut---'

/**
 * A hidden line naming the one endpoint a generated snippet calls. It tells the highlight cache
 * that the snippet sees only the declaration's skeleton and that endpoint's own part.
 */
export function endpointComment(path: string): string {
  return `${MARK}${path}\n`
}

/** The endpoint named by {@link endpointComment} in a snippet's hidden prelude, if there is one. */
export function snippetEndpoint(code: string): string | undefined {
  const cut = code.indexOf(CUT)
  if (cut < 0) return undefined
  const start = code.lastIndexOf(MARK, cut)
  if (start < 0) return undefined
  return code.slice(start + MARK.length, code.indexOf('\n', start)).trim()
}

/**
 * Whether a snippet can see the SDK declaration at all: only through an import of its module
 * (tsconfig's and twoslash's `paths`), or of the generated file itself. A snippet that does not is
 * checked the same whatever the declaration says.
 */
export function readsDeclaration(code: string, module: string, file: string): boolean {
  return code.includes(module) || code.includes(file.slice(file.lastIndexOf('/') + 1).replace(/\.d\.ts$/, ''))
}

/** Every word of a snippet that could name a path segment: identifiers, and words with hyphens. */
function wordsOf(code: string): Set<string> {
  return new Set([...(code.match(/[\w$]+/g) ?? []), ...(code.match(/[\w$-]+/g) ?? [])])
}

/**
 * The endpoints a hand-written snippet names, found by their path segments' spellings (chain
 * properties, `chain()` keys, type names): each path whose every segment appears among the
 * snippet's words. It may find more than the snippet calls, never fewer for the forms above; a
 * snippet that reaches an endpoint some other way fails against a view of these and is checked
 * against the whole declaration (twoslash/transformer.ts).
 */
export function namedEndpoints(code: string, paths: Iterable<string>): string[] {
  const words = wordsOf(code)
  const found: string[] = []
  for (const path of paths) {
    const segments = pathSegments(path)
    if (segments.every((segment) => segmentSpellings(segment).some((spelling) => words.has(spelling)))) found.push(path)
  }
  return found.sort()
}

function segmentSpellings(segment: PathSegment): string[] {
  return [segment.raw, segment.property, segment.nodeProperty, pascalCase(segment.raw), segment.param ?? ''].filter(Boolean)
}
