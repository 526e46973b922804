import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ApiPageSpec, WebhookPageSpec } from '../spec/types'
import { DECLARATION_FILE, declarationWithParts, endpointDeclaration, skeletonHash, viewHash } from './generate-declaration'
import { snippetEndpoint } from './snippet-endpoint'

/** The declaration's path and the hash of its text, which keys the twoslash cache. */
export interface WrittenDeclaration {
  file: string
  hash: string
  /**
   * The hash of what a snippet can see of the declaration: for a snippet generated for one
   * endpoint (sdk/snippet-endpoint.ts), the skeleton and that endpoint's part, so editing another
   * page does not make every snippet be checked again; for any other code, the whole text.
   */
  hashFor(code: string): string
}

/**
 * Generates the SDK declaration and writes it under `snippets/`, touching the file only when its
 * text changed, so watchers and caches see no change where there is none.
 */
export function writeDeclaration(root: string, specs: readonly ApiPageSpec[], webhooks: readonly WebhookPageSpec[] = []): WrittenDeclaration {
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
      const endpoint = snippetEndpoint(code)
      const own = endpoint === undefined ? undefined : parts.endpoints.get(endpoint)
      return own === undefined ? hash : viewHash(parts.skeleton, own)
    },
  }
}

/** One endpoint's view of the declaration (see {@link endpointDeclaration}) and its hash. */
export interface EndpointView {
  text: string
  /** Equal to what `hashFor` gives the endpoint's snippets once the whole declaration is written. */
  hash: string
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
  /** The view of the endpoint a snippet names, if it names one that has a page. */
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
  options: { writeAfterMs?: number; lazyStart?: boolean } = {},
): LiveDeclaration {
  // undefined while the specs have changed since it was last written (or before it first is)
  let written: WrittenDeclaration | undefined = options.lazyStart ? undefined : writeDeclaration(root, specs(), webhooks())
  let timer: ReturnType<typeof setTimeout> | undefined
  let skeleton: string | undefined
  const views = new Map<string, EndpointView | undefined>()
  const current = (): WrittenDeclaration => (written ??= writeDeclaration(root, specs(), webhooks()))
  const writeLater = () => {
    if (options.writeAfterMs === undefined) return
    clearTimeout(timer)
    timer = setTimeout(current, options.writeAfterMs)
    timer.unref()
  }
  const viewFor = (code: string) => {
    const endpoint = snippetEndpoint(code)
    if (endpoint === undefined) return undefined
    if (!views.has(endpoint)) {
      const view = endpointDeclaration(specs(), webhooks(), endpoint)
      skeleton ??= skeletonHash(specs(), webhooks())
      views.set(endpoint, view && { text: view.text, hash: viewHash(skeleton, view.own) })
    }
    return views.get(endpoint)
  }
  if (!written) writeLater()
  return {
    file: join(root, DECLARATION_FILE),
    current,
    invalidate() {
      written = undefined
      skeleton = undefined
      views.clear()
      writeLater()
    },
    hashFor(code) {
      if (written) return written.hashFor(code)
      return viewFor(code)?.hash ?? current().hash
    },
    viewFor,
  }
}
