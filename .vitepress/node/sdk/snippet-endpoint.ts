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
