import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DefaultTheme } from 'vitepress'
import { splitFrontmatter } from '../spec/parse-page'
import { SpecError } from '../spec/spec-error'
import { pageLink } from './sidebar'

/** What the sidebar needs from one guide page's frontmatter. */
export interface GuideEntry {
  /** Docs-relative path, e.g. `guide/signing.md`. */
  file: string
  /** The sidebar text: `sidebarTitle` when given (a shorter name), else `title`. */
  text: string
  /** Position in the sidebar, smallest first. */
  order: number
  /** The sidebar group the page belongs to. */
  group: string
}

/** The group a guide falls into when its frontmatter names none. */
export const DEFAULT_GUIDE_GROUP = '指南'

/**
 * Reads the sidebar entry of one guide page from its frontmatter. `title` and a numeric `order`
 * are required, so that a new guide can never drop out of the sidebar unnoticed; `group` and
 * `sidebarTitle` are optional.
 */
export function parseGuideEntry(source: string, file: string): GuideEntry {
  const { data } = splitFrontmatter(source, file)
  const title = typeof data.sidebarTitle === 'string' && data.sidebarTitle.trim() ? data.sidebarTitle : data.title
  if (typeof title !== 'string' || !title.trim()) throw new SpecError(file, 'title', 'a guide needs a title for the sidebar')
  if (typeof data.order !== 'number' || !Number.isFinite(data.order)) {
    throw new SpecError(file, 'order', 'a guide needs a numeric order for its place in the sidebar')
  }
  if (data.group !== undefined && (typeof data.group !== 'string' || !data.group.trim())) {
    throw new SpecError(file, 'group', 'expected a non-empty string')
  }
  return { file, text: title.trim(), order: data.order, group: (data.group as string | undefined)?.trim() ?? DEFAULT_GUIDE_GROUP }
}

/**
 * Builds the guide sidebar: pages sorted by `order` (then by file, for a stable result), grouped by
 * `group`; groups appear in the order of their first page.
 */
export function guideSidebar(entries: readonly GuideEntry[]): DefaultTheme.SidebarItem[] {
  const sorted = [...entries].sort((a, b) => a.order - b.order || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const groups = new Map<string, GuideEntry[]>()
  for (const entry of sorted) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry])
  return [...groups.entries()].map(([text, members]) => ({
    text,
    items: members.map((entry) => ({ text: entry.text, link: pageLink(entry.file) })),
  }))
}

/** Reads every markdown file directly under `docs/<folder>/` and builds its sidebar (empty without the folder). */
export function loadGuideSidebar(docsDir: string, folder = 'guide'): DefaultTheme.SidebarItem[] {
  if (!existsSync(join(docsDir, folder))) return []
  const files = readdirSync(join(docsDir, folder)).filter((name) => name.endsWith('.md')).sort()
  return guideSidebar(files.map((name) => parseGuideEntry(readFileSync(join(docsDir, folder, name), 'utf8'), `${folder}/${name}`)))
}
