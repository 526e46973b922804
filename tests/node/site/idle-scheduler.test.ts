import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createIdleScheduler } from '../../../.vitepress/node/site/idle-scheduler'
import { PAGE_SHOWN_EVENT } from '../../../.vitepress/shared/page-shown'

type Middleware = (req: unknown, res: EventEmitter, next: () => void) => void

/** A scheduler, and ways to send it requests and page reports as the dev server would, on fake timers. */
function setup(quietMs: number, unreportedMs: number) {
  vi.useFakeTimers()
  const scheduler = createIdleScheduler(quietMs, unreportedMs)
  let middleware: Middleware | undefined
  const socket = new EventEmitter()
  const server = { middlewares: { use: (handler: Middleware) => (middleware = handler) }, ws: { on: (event: string, listener: () => void) => socket.on(event, listener) } }
  ;(scheduler.plugin.configureServer as (server: unknown) => void)(server)
  /** Starts a request; returns the function that finishes it. */
  const request = () => {
    const res = new EventEmitter()
    let passedOn = false
    middleware!({}, res, () => (passedOn = true))
    expect(passedOn).toBe(true)
    return () => res.emit('close')
  }
  const pageShown = () => socket.emit(PAGE_SHOWN_EVENT, { path: '/a' })
  return { scheduler, request, pageShown }
}

afterEach(() => vi.useRealTimers())

describe('createIdleScheduler', () => {
  it('runs nothing before the server has served a request', () => {
    const { scheduler } = setup(100, 3000)
    const task = vi.fn()
    scheduler.schedule(task)
    vi.advanceTimersByTime(60_000)
    expect(task).not.toHaveBeenCalled()
  })

  it('runs a task once a page is shown after it was scheduled and no request has been open for quietMs', () => {
    const { scheduler, request, pageShown } = setup(100, 3000)
    request()()
    pageShown()
    const task = vi.fn()
    scheduler.schedule(task)
    const finishModule = request()
    vi.advanceTimersByTime(1_000)
    // the page shown before the task was scheduled does not count, and a request is open
    expect(task).not.toHaveBeenCalled()
    finishModule()
    pageShown()
    const finishLast = request()
    vi.advanceTimersByTime(500)
    expect(task).not.toHaveBeenCalled()
    finishLast()
    vi.advanceTimersByTime(99)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(101)
    expect(task).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('without a report of a shown page, waits for unreportedMs of quiet', () => {
    const { scheduler, request } = setup(100, 3000)
    const task = vi.fn()
    scheduler.schedule(task)
    request()()
    vi.advanceTimersByTime(2_000)
    request()()
    vi.advanceTimersByTime(2_900)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it("waits for a task's own quiet time when it gives one, after the page is shown as without it", () => {
    const { scheduler, request, pageShown } = setup(100, 3000)
    const soon = vi.fn()
    const late = vi.fn()
    scheduler.schedule(soon)
    scheduler.schedule(late, 5000)
    request()()
    pageShown()
    vi.advanceTimersByTime(300)
    expect(soon).toHaveBeenCalledTimes(1)
    expect(late).not.toHaveBeenCalled()
    // an edit's requests start the quiet time again
    vi.advanceTimersByTime(2_000)
    request()()
    vi.advanceTimersByTime(4_900)
    expect(late).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(late).toHaveBeenCalledTimes(1)
  })
})
