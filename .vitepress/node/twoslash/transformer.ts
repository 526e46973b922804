import type { CompilerOptions } from 'typescript'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createTransformerFactory, type TwoslashTypesCache } from '@shikijs/twoslash/core'
import type { TwoslashFunction } from 'twoslash/core'
import type { VirtualTypeScriptEnvironment } from '@typescript/vfs'
import { hoverRenderer } from './hover-renderer'
import { batchingTwoslasher } from './batched-variants'
import type { EndpointView } from '../sdk/write-declaration'
import type { TwoslasherFactory } from './twoslasher-factory'

/** Where an endpoint's snippets find their view of the declaration, and how to get it. */
export interface EndpointViews {
  /** The file the view is written to; the SDK module resolves to it in `compilerOptions`. */
  file: string
  compilerOptions: CompilerOptions
  viewFor(code: string): EndpointView | undefined
  /** Told of a snippet that failed against its named view and passed against the whole declaration. */
  checkedWhole?(code: string): void
}

/** A twoslash function, and a way to have it check a snippet once the event loop is free. */
export interface PreparingTwoslasher {
  twoslash: TwoslashFunction
  /**
   * Checks `code` later (when the scheduler says), in the background, and forgets the result: TypeScript then has read its
   * libraries and the snippet's view before an edit needs them. Nothing is done if that view is
   * the one read last. Only the last code asked for before the check starts is checked; an error
   * is left for the page's own render to report.
   */
  prepare(code: string): void
}

/** The span of `before` that differs from `after`, and what replaces it: the edit an update needs. */
export function changedSpan(before: string, after: string): { start: number; length: number; text: string } {
  const shorter = Math.min(before.length, after.length)
  let start = 0
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  return { start, length: before.length - end - start, text: after.slice(start, after.length - end) }
}

/**
 * Makes `env.updateFile` a no-op when it would write the text the file already has. Twoslash
 * writes each snippet once to ask for its hovers, then again, unchanged, before asking for its
 * errors; every write starts a new program, and a new program a new type checker that resolves
 * the SDK's types all over again. Skipping the second write halves the checkers a snippet costs.
 */
export function skipUnchangedWrites(env: VirtualTypeScriptEnvironment): VirtualTypeScriptEnvironment {
  const update = env.updateFile.bind(env)
  env.updateFile = (fileName, content, span) => {
    if (span === undefined && env.getSourceFile(fileName)?.text === content) return
    update(fileName, content, span)
  }
  return env
}

/** The map twoslash keeps its environments in: each one it adds skips unchanged writes. */
class EnvironmentMap extends Map<string, VirtualTypeScriptEnvironment> {
  override set(key: string, env: VirtualTypeScriptEnvironment): this {
    return super.set(key, skipUnchangedWrites(env))
  }
}

/**
 * A twoslash function that follows a file it does not own: the SDK declaration, rewritten when a
 * spec is edited in the dev server. A TypeScript environment keeps the files it has read, so it
 * would go on checking snippets against the declaration it first read. When `version` changes,
 * each environment gets the new text as an edit of the span that changed; keeping the environment
 * (its lib files, its programs) spares an edit the seconds a new one took to start.
 */
export function followingTwoslasher(
  create: (environments: Map<string, VirtualTypeScriptEnvironment>) => TwoslashFunction,
  followed: { file: string; version: () => string },
): TwoslashFunction {
  const environments = new EnvironmentMap()
  const twoslash = create(environments)
  // read at the first check, not before: asking for the version may mean generating the file
  let version: string | undefined
  return ((...args: Parameters<TwoslashFunction>) => {
    const now = followed.version()
    if (version === undefined) version = now
    else if (now !== version) {
      version = now
      const text = readFileSync(followed.file, 'utf8')
      for (const env of environments.values()) {
        const before = env.languageService.getProgram()?.getSourceFile(followed.file)
        if (!before) continue
        const edit = changedSpan(before.text, text)
        env.updateFile(followed.file, edit.text, { start: edit.start, length: edit.length })
      }
      // files an environment has not read yet are read through the same system
      environments.values().next().value?.sys.writeFile(followed.file, text)
    }
    return twoslash(...args)
  }) as TwoslashFunction
}

/**
 * Checks a snippet that has a view (see sdk/write-declaration.ts) against it, and any other code
 * with `whole`. The dev server uses it for endpoints' snippets: after a spec edit, TypeScript
 * reparses a view (the skeleton and one endpoint) instead of the whole declaration, and the whole
 * one need not be generated again before the page shows the edit. A hand-written snippet is
 * checked against the view of the endpoints it names, and against `whole` if it fails there.
 */
export function endpointViewTwoslasher(
  whole: TwoslashFunction,
  views: EndpointViews,
  create: (environments: Map<string, VirtualTypeScriptEnvironment>) => TwoslashFunction,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0).unref(),
): PreparingTwoslasher {
  let shown: string | undefined
  const viewTwoslash = followingTwoslasher(create, { file: views.file, version: () => shown ?? '' })
  const twoslash = ((...args: Parameters<TwoslashFunction>) => {
    const view = views.viewFor(args[0])
    if (!view) return whole(...args)
    if (view.hash !== shown) {
      mkdirSync(dirname(views.file), { recursive: true })
      writeFileSync(views.file, view.text)
      shown = view.hash
    }
    if (!view.named) return viewTwoslash(...args)
    try {
      return viewTwoslash(...args)
    } catch {
      // it may reach an endpoint it does not name; if it is wrong, the whole declaration says so
      const result = whole(...args)
      views.checkedWhole?.(args[0])
      return result
    }
  }) as TwoslashFunction
  let pending: string | undefined
  // the view too is made when the work runs: making it (a part of the declaration) is work as well
  const prepare = (code: string) => {
    if (pending === undefined) {
      schedule(() => {
        const next = pending!
        pending = undefined
        const view = views.viewFor(next)
        // no view to read, or read already: the page's own render has just checked its snippets against it
        if (!view || view.hash === shown) return
        try {
          twoslash(next, 'ts')
        } catch {
          // reported when the page that has this snippet is rendered
        }
      })
    }
    pending = code
  }
  return { twoslash, prepare }
}

/**
 * The Shiki transformer that type-checks every ```ts twoslash block with twoslash and marks its
 * identifiers for hover popups. Any type error throws, which fails the build. `declaration` is the
 * SDK declaration's file and the hash of its current text (see {@link followingTwoslasher}).
 * With `endpointViews`, endpoints' snippets are checked against their views instead; with
 * `groupOf`, the snippets of one code group are checked together (see twoslash/batched-variants.ts).
 * `schedule` runs the background checks of {@link PreparingTwoslasher.prepare} (default: soon).
 * `createTwoslasher` makes the twoslash functions (see twoslash/twoslasher-factory.ts).
 */
export function snippetTransformer(options: {
  createTwoslasher: TwoslasherFactory
  compilerOptions: CompilerOptions
  typesCache?: TwoslashTypesCache
  declaration: { file: string; version: () => string }
  endpointViews?: EndpointViews
  groupOf?: (code: string) => readonly string[] | undefined
  schedule?: (task: () => void) => void
}) {
  const { createTwoslasher } = options
  const whole = followingTwoslasher((cache) => createTwoslasher({ compilerOptions: options.compilerOptions, cache }), options.declaration)
  const views = options.endpointViews
  const viewing = views && endpointViewTwoslasher(whole, views, (cache) => createTwoslasher({ compilerOptions: views.compilerOptions, cache }), options.schedule)
  const checking = viewing?.twoslash ?? whole
  const twoslash = options.groupOf ? batchingTwoslasher(checking, options.groupOf) : checking
  const transformer = createTransformerFactory(twoslash)({
    langs: ['ts'],
    explicitTrigger: true,
    renderer: hoverRenderer,
    throws: true,
    typesCache: options.typesCache,
  })
  /** {@link PreparingTwoslasher.prepare} with `endpointViews`; without them, nothing to prepare. */
  const prepare = (code: string) => viewing?.prepare(code)
  return { ...transformer, name: 'wechatpay-docs:twoslash', prepare }
}
