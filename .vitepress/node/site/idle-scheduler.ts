import type { Plugin } from 'vite'
import { PAGE_SHOWN_EVENT } from '../../shared/page-shown'

/** How long the dev server must have had no request, after a page was shown, before warm-up work runs. */
export const IDLE_AFTER_MS = 100

/** When no browser reports a shown page (no script, another client), how long a quiet server waits. */
export const UNREPORTED_IDLE_MS = 3000

/** Runs the dev server's warm-up work once a reader has their page (see {@link createIdleScheduler}). */
export interface IdleScheduler {
  /**
   * Runs `task` once a browser has reported a page shown after this call and the server has had no
   * request open for `quietMs` (or the task's own `quietMs`), or, with no such report, for `unreportedMs`.
   */
  schedule(task: () => void, quietMs?: number): void
  /** Follows the server's requests and the browsers' reports of shown pages. */
  plugin: Plugin
}

/**
 * Work that only speeds up what comes later (reading TypeScript's libraries, compiling grammars)
 * blocks the dev server's one thread for a second or two. Run while the server starts, it delays
 * the first page; run as soon as the page's markdown is rendered, it delays the page's scripts and
 * the browser's requests for them, which come with pauses between them. The browser client says
 * when the page is on screen (theme/report-shown-pages.ts): the work waits for that.
 */
export function createIdleScheduler(quietMs: number, unreportedMs: number, now: () => number = Date.now): IdleScheduler {
  let lastRequest: number | undefined
  let inFlight = 0
  let shownPages = 0
  const schedule = (task: () => void, taskQuietMs = quietMs) => {
    const shownBefore = shownPages
    const check = () => {
      const wait = shownPages > shownBefore ? taskQuietMs : Math.max(taskQuietMs, unreportedMs)
      const quiet = lastRequest === undefined || inFlight > 0 ? 0 : now() - lastRequest
      if (lastRequest !== undefined && quiet >= wait) task()
      else setTimeout(check, Math.min(taskQuietMs, wait - quiet)).unref()
    }
    setTimeout(check, taskQuietMs).unref()
  }
  return {
    schedule,
    plugin: {
      name: 'wechatpay-docs:idle-scheduler',
      apply: 'serve',
      configureServer(server) {
        server.ws.on(PAGE_SHOWN_EVENT, () => shownPages++)
        server.middlewares.use((_req, res, next) => {
          inFlight++
          lastRequest = now()
          res.once('close', () => {
            inFlight--
            lastRequest = now()
          })
          next()
        })
      },
    },
  }
}
