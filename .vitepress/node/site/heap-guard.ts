import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Heap in use above which the build's process collects garbage while it renders pages. */
export const RENDER_HEAP_BUDGET_BYTES = 1536 * 2 ** 20

/** V8's full collection, reached without starting Node with `--expose-gc`. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

/**
 * Returns a check to call between units of work (a rendered page): when the heap in use passes
 * `budgetBytes`, it collects garbage. Rendering a thousand pages leaves each page's strings behind;
 * V8 usually collects them as it goes, but in some builds it let the heap grow instead, and the
 * process grew from 2.1 to 2.8 GB. After a collection that frees little, the threshold becomes
 * what is left plus `budgetBytes / 4`, so a heap that is mostly live is not collected over and over.
 */
export function createHeapGuard(
  budgetBytes: number,
  heapUsed: () => number = () => getHeapStatistics().used_heap_size,
  collect: () => void = exposedGc(),
): () => void {
  let threshold = budgetBytes
  return () => {
    if (heapUsed() <= threshold) return
    collect()
    threshold = Math.max(budgetBytes, heapUsed() + budgetBytes / 4)
  }
}
