import { describe, expect, it } from 'vitest'
import { createHeapGuard } from '../../../.vitepress/node/site/heap-guard'

describe('createHeapGuard', () => {
  it('collects once the heap passes the budget, and not again until it grows a quarter past what is live', () => {
    let used = 0
    let live = 0
    let collections = 0
    const check = createHeapGuard(1000, () => used, () => {
      collections++
      used = live
    })
    used = 900
    check()
    expect(collections).toBe(0)
    live = 400
    used = 1100
    check()
    expect(collections).toBe(1)
    expect(used).toBe(400)
    // mostly live now: the threshold follows what is left
    live = 1100
    used = 1200
    check()
    expect(collections).toBe(2)
    used = 1300
    check()
    expect(collections).toBe(2)
    used = 1400
    check()
    expect(collections).toBe(3)
  })

  it('collects with V8’s own collector when given none', async () => {
    const check = createHeapGuard(1)
    const ref = (() => new WeakRef({ payload: 'x'.repeat(1000) }))()
    // a WeakRef's target is kept until the current job ends
    await new Promise((resolve) => setTimeout(resolve, 0))
    check()
    expect(ref.deref()).toBeUndefined()
  })
})
