import { describe, expect, it, vi } from 'vitest'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { deferDevSearchIndex, SEARCH_SCAN_QUIET_MS } from '../../../.vitepress/node/search/deferred-dev-index'

type Load = (id: string, options?: { ssr?: boolean }) => Promise<string | undefined>

/** A stand-in for VitePress's local search: its scan fills `indexed`, and its index module lists it. */
function fakeLocalSearch() {
  const indexed: string[] = []
  let finishScan: () => void = () => {}
  const scan = vi.fn(async () => {
    await new Promise<void>((resolve) => (finishScan = resolve))
    indexed.push('a.md', 'b.md')
  })
  const plugin = {
    name: 'vitepress:local-search',
    configureServer: scan as (server: ViteDevServer) => Promise<void>,
    load: async (id: string) => (id.startsWith('/@localSearchIndex') ? `export default ${JSON.stringify(indexed.join(','))}` : undefined),
  }
  return { plugin, scan, finishScan: () => finishScan() }
}

function setup() {
  const search = fakeLocalSearch()
  const tasks: (() => void)[] = []
  const quiet: (number | undefined)[] = []
  const deferred = deferDevSearchIndex((task, quietMs) => {
    tasks.push(task)
    quiet.push(quietMs)
  })
  ;(deferred.configResolved as (config: ResolvedConfig) => void)({ plugins: [deferred, search.plugin as unknown as Plugin] } as unknown as ResolvedConfig)
  const server = { config: { logger: { error: vi.fn() } } } as unknown as ViteDevServer
  ;(search.plugin.configureServer as unknown as (server: ViteDevServer) => void)(server)
  return { search, tasks, quiet, server, load: search.plugin.load as unknown as Load }
}

describe('deferDevSearchIndex', () => {
  it('lets the server start without scanning the pages, and scans when the scheduler says', async () => {
    const { search, tasks, quiet } = setup()
    expect(search.scan).not.toHaveBeenCalled()
    expect(tasks).toHaveLength(1)
    expect(quiet).toEqual([SEARCH_SCAN_QUIET_MS])
    tasks[0]()
    await Promise.resolve()
    expect(search.scan).toHaveBeenCalledTimes(1)
  })

  it('makes the index module wait for the scan, started at once if it was not yet', async () => {
    const { search, load } = setup()
    const index = load('/@localSearchIndexroot')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(search.scan).toHaveBeenCalledTimes(1)
    search.finishScan()
    await expect(index).resolves.toBe('export default "a.md,b.md"')
  })

  it('scans once, however often the index is asked for', async () => {
    const { search, tasks, load } = setup()
    const first = load('/@localSearchIndexroot')
    tasks[0]()
    const second = load('/@localSearchIndexroot')
    await new Promise((resolve) => setTimeout(resolve, 10))
    search.finishScan()
    await Promise.all([first, second])
    expect(search.scan).toHaveBeenCalledTimes(1)
  })

  it('passes other modules through without waiting', async () => {
    const { search, load } = setup()
    await expect(load('/work/docs/index.md')).resolves.toBeUndefined()
    expect(search.scan).not.toHaveBeenCalled()
  })

  it('reports a scan that fails instead of throwing from the scheduler', async () => {
    const { search, tasks, server } = setup()
    search.scan.mockRejectedValueOnce(new Error('docs/broken.md: cannot read'))
    tasks[0]()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(server.config.logger.error).toHaveBeenCalledWith(expect.stringContaining('docs/broken.md: cannot read'))
  })

  it('leaves a site without local search as it is', () => {
    const load = vi.fn()
    const other = { name: 'vitepress:local-search', load }
    const deferred = deferDevSearchIndex(() => {})
    ;(deferred.configResolved as (config: ResolvedConfig) => void)({ plugins: [other] } as unknown as ResolvedConfig)
    expect(other.load).toBe(load)
    expect('configureServer' in other).toBe(false)
  })
})
