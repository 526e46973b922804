import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { DECLARATION_FILE, DECLARATION_MODULE, declarationWithParts, endpointsDeclaration, skeletonHash, viewHash } from './generate-declaration'
import { namedEndpoints, readsDeclaration, snippetEndpoint } from './snippet-endpoint'

/** The declaration's path and the hash of its text, which keys the twoslash cache. */
export interface WrittenDeclaration {
  file: string
  hash: string
  /**
   * The hash of what a snippet can see of the declaration (see {@link snippetSight}): for a
   * snippet generated for one endpoint, the skeleton and that endpoint's part, so editing another
   * page does not make every snippet be checked again; for one that does not import the SDK, a
   * constant; for a hand-written one, the skeleton and the parts of the endpoints it names, or the
   * whole text once it has had to be checked against the whole declaration.
   */
  hashFor(code: string): string
}

/** {@link WrittenDeclaration.hashFor} of a snippet that cannot see the declaration. */
export const UNSEEN_DECLARATION = 'unseen'

/** What of the declaration a snippet can see. */
export type SnippetSight =
  | { kind: 'unseen' }
  /** a generated snippet, which names its one endpoint (sdk/snippet-endpoint.ts) */
  | { kind: 'endpoint'; paths: [string] }
  /** a hand-written snippet that imports the SDK: the endpoints it names, maybe none */
  | { kind: 'named'; paths: string[] }

/** Works out {@link SnippetSight} of a snippet on a site whose API pages have the given paths. */
export function snippetSight(code: string, paths: Iterable<string>): SnippetSight {
  const endpoint = snippetEndpoint(code)
  if (endpoint !== undefined) return { kind: 'endpoint', paths: [endpoint] }
  if (!readsDeclaration(code, DECLARATION_MODULE, DECLARATION_FILE)) return { kind: 'unseen' }
  return { kind: 'named', paths: namedEndpoints(code, paths) }
}

/**
 * Hand-written snippets that failed against the view of the endpoints they name and passed against
 * the whole declaration, kept on disk so that every process of a build, and the next build, key
 * them by the whole declaration (twoslash/transformer.ts records them).
 */
export interface WholeChecks {
  has(code: string): boolean
  add(code: string): void
}

/** {@link WholeChecks} kept as empty files named by the snippet's hash in `dir`. */
export function createWholeChecks(dir: string): WholeChecks {
  const fileOf = (code: string) => join(dir, createHash('sha256').update(code).digest('hex').slice(0, 32))
  return {
    has: (code) => existsSync(fileOf(code)),
    add(code) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(fileOf(code), '')
    },
  }
}

const NO_WHOLE_CHECKS: WholeChecks = { has: () => false, add: () => {} }

/**
 * Generates the SDK declaration and writes it under `snippets/`, touching the file only when its
 * text changed, so watchers and caches see no change where there is none.
 */
export function writeDeclaration(root: string, specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = [], wholeChecks = NO_WHOLE_CHECKS): WrittenDeclaration {
  const file = join(root, DECLARATION_FILE)
  const { text, parts } = declarationWithParts(specs, webhooks)
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  const hash = createHash('sha256').update(text).digest('hex')
  return {
    file,
    hash,
    hashFor(code) {
      const sight = snippetSight(code, parts.endpoints.keys())
      if (sight.kind === 'unseen') return UNSEEN_DECLARATION
      if (sight.kind === 'named' && wholeChecks.has(code)) return hash
      const owns = sight.paths.map((path) => parts.endpoints.get(path))
      return owns.every((own) => own !== undefined) ? viewHash(parts.skeleton, ...(owns as string[])) : hash
    },
  }
}

/** The view of the declaration a snippet is checked against (see {@link endpointsDeclaration}), and its hash. */
export interface EndpointView {
  text: string
  /** Equal to what `hashFor` gives the snippet once the whole declaration is written. */
  hash: string
  /**
   * The endpoints were found by name in hand-written code: a snippet that fails against the view
   * may reach others, and is checked against the whole declaration instead.
   */
  named: boolean
}

/** The SDK declaration of a site whose specs change while it runs (the dev server). */
export interface LiveDeclaration {
  /** Where the declaration is written (known before it is). */
  file: string
  /** The declaration written from the specs as they are now; written again first if a spec changed. */
  current(): WrittenDeclaration
  /** Tells it a spec changed. Nothing is generated until something asks, or `writeAfterMs` passes. */
  invalidate(): void
  /** {@link WrittenDeclaration.hashFor}; for an endpoint's snippet, without writing the whole declaration. */
  hashFor(code: string): string
  /**
   * The view a snippet is checked against (see {@link snippetSight}): its endpoint's, or the one of
   * the endpoints a hand-written snippet names; none for a snippet that cannot see the declaration,
   * one whose endpoint has no page, or one already checked against the whole declaration.
   */
  viewFor(code: string): EndpointView | undefined
}

/**
 * Keeps the SDK declaration in step with specs edited in the dev server, doing as little as an
 * edit needs: the whole declaration (seconds at a thousand pages) is generated again only when
 * asked for, while an edited page's snippets are checked and cached against their endpoint's view.
 * With `writeAfterMs`, the file is brought up to date that long after the last edit, for editors
 * that read it, once the page that was edited has been served. With `lazyStart`, the same holds
 * from the start: nothing is generated before something asks, or `writeAfterMs` passes, so the
 * dev server can serve its first API page (which needs one endpoint's view) sooner.
 */
export function createLiveDeclaration(
  root: string,
  specs: () => readonly ApiPageSpec[],
  webhooks: () => readonly WebhookPageSpec[],
  options: { writeAfterMs?: number; lazyStart?: boolean; wholeChecks?: WholeChecks } = {},
): LiveDeclaration {
  const wholeChecks = options.wholeChecks ?? NO_WHOLE_CHECKS
  // undefined while the specs have changed since it was last written (or before it first is)
  let written: WrittenDeclaration | undefined = options.lazyStart ? undefined : writeDeclaration(root, specs(), webhooks(), wholeChecks)
  let timer: ReturnType<typeof setTimeout> | undefined
  let skeleton: string | undefined
  let paths: string[] | undefined
  const views = new Map<string, EndpointView | undefined>()
  const current = (): WrittenDeclaration => (written ??= writeDeclaration(root, specs(), webhooks(), wholeChecks))
  const writeLater = () => {
    if (options.writeAfterMs === undefined) return
    clearTimeout(timer)
    timer = setTimeout(current, options.writeAfterMs)
    timer.unref()
  }
  const sightOf = (code: string) => snippetSight(code, (paths ??= specs().map((page) => page.path)))
  const viewFor = (code: string) => {
    const sight = sightOf(code)
    if (sight.kind === 'unseen' || (sight.kind === 'named' && wholeChecks.has(code))) return undefined
    const key = `${sight.kind}:${sight.paths.join(' ')}`
    if (!views.has(key)) {
      const view = endpointsDeclaration(specs(), webhooks(), sight.paths)
      skeleton ??= skeletonHash(specs(), webhooks())
      views.set(key, view && { text: view.text, hash: viewHash(skeleton, ...view.owns), named: sight.kind === 'named' })
    }
    return views.get(key)
  }
  if (!written) writeLater()
  return {
    file: join(root, DECLARATION_FILE),
    current,
    invalidate() {
      written = undefined
      skeleton = undefined
      paths = undefined
      views.clear()
      writeLater()
    },
    hashFor(code) {
      if (written) return written.hashFor(code)
      if (sightOf(code).kind === 'unseen') return UNSEEN_DECLARATION
      return viewFor(code)?.hash ?? current().hash
    },
    viewFor,
  }
}
