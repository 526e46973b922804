/**
 * The search tokenizer, shared by the index (built in Node by VitePress's local search) and the
 * query (run in the browser by MiniSearch). Both sides must cut text the same way, or a word that
 * is in the index is never asked for in the same pieces.
 *
 * MiniSearch's default cuts on spaces and punctuation only, so a Chinese sentence is one huge
 * token and a word in the middle of it is never found. Here a run of CJK characters becomes its
 * overlapping pairs (商户订单号 → 商户 户订 订单 单号), and a lone CJK character stays itself.
 * A query made of the same pairs, all required (`combineWith: 'AND'`), finds the word anywhere.
 * ASCII words stay whole (`out_trade_no`) and also give their `_`-separated parts (`out`, `trade`,
 * `no`), so both the field name and a part of it are found.
 *
 * Each function is self-contained (no helper outside its body): VitePress serializes functions in
 * the theme config with `toString()` for the browser, and the theme also sets the imported ones.
 */
export function tokenizeSearchText(text: string): string[] {
  const tokens: string[] = []
  // CJK ideographs (basic, extension A, compatibility) and the kana, one run per match; ASCII
  // words with `_`; everything else separates.
  const pieces = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z0-9_]+/g) ?? []
  for (const piece of pieces) {
    if (/^[A-Za-z0-9_]+$/.test(piece)) {
      tokens.push(piece)
      if (piece.includes('_')) {
        for (const part of piece.split('_')) if (part) tokens.push(part)
      }
      continue
    }
    const chars = Array.from(piece)
    if (chars.length === 1) {
      tokens.push(chars[0])
      continue
    }
    for (let i = 0; i < chars.length - 1; i++) tokens.push(chars[i] + chars[i + 1])
  }
  return tokens
}

/** Normalizes one token for both index and query: ASCII case does not matter. */
export function processSearchTerm(term: string): string {
  return term.toLowerCase()
}

/** MiniSearch options for the index and the query, as `themeConfig.search.options.miniSearch` takes them. */
export const searchMiniSearchOptions = {
  options: { tokenize: tokenizeSearchText, processTerm: processSearchTerm },
  searchOptions: {
    tokenize: tokenizeSearchText,
    processTerm: processSearchTerm,
    // Every pair of a Chinese query must be in the section, else 商户订单号 would also match
    // every section that merely says 订单.
    combineWith: 'AND' as const,
  },
}
