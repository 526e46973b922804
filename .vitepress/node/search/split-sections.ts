/** One searchable section of a page, as VitePress's local search indexes it. */
export interface SearchSection {
  /** The heading's id; the result links to `page#anchor`. */
  anchor: string
  /** The section's own title last, its parent headings before it (HTML-escaped, shown with v-html). */
  titles: string[]
  /** Plain text of the section, entities decoded. */
  text: string
}

const HEADING = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi
const ID_ATTRIBUTE = /\bid="([^"]*)"/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#123': '{', '#125': '}', nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#123|#125|nbsp);/g, (_, name: string) => ENTITIES[name])
}

/** A heading's text without its permalink, still HTML-escaped (the search box shows it with v-html). */
function headingTitle(inner: string): string {
  return inner.replace(/<a\b[^>]*class="header-anchor"[\s\S]*?<\/a>/gi, '').replace(/<[^>]*>/g, '').trim()
}

/**
 * The text of a section worth indexing: code blocks are left out (the code repeats the field names
 * and descriptions that the tables already hold, and its type popups would repeat them again), and
 * so are the tables' example values (ids, tokens, base64: each a term of its own that nobody
 * searches for), so the index stays small; tags are dropped and entities decoded.
 */
function searchableText(html: string): string {
  return decodeEntities(
    html
      .replace(/<pre\b[\s\S]*?<\/pre>/gi, ' ')
      .replace(/<span class="api-example">[\s\S]*?<\/span>/gi, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Splits a rendered page into search sections, one per heading with an id. Unlike VitePress's
 * default, a heading needs no permalink, so an API page's title (`<h1 id="top">`, written by the
 * renderer without one) is a section too, with the description and endpoint below it; otherwise
 * a page would never be found by its own title.
 */
export function splitIntoSections(html: string): SearchSection[] {
  const sections: SearchSection[] = []
  const parents: string[] = []
  const headings = [...html.matchAll(HEADING)]
  headings.forEach((match, i) => {
    const anchor = ID_ATTRIBUTE.exec(match[2])?.[1]
    const title = headingTitle(match[3])
    if (!anchor || !title) return
    const level = Number(match[1]) - 1
    const end = i + 1 < headings.length ? headings[i + 1].index : html.length
    const text = searchableText(html.slice(match.index + match[0].length, end))
    parents.length = level
    const titles = [...parents.filter(Boolean), title]
    parents[level] = title
    sections.push({ anchor, titles, text })
  })
  return sections
}
