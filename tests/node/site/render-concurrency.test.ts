import { describe, expect, it } from 'vitest'
import { renderConcurrency, RENDER_CONCURRENCY } from '../../../.vitepress/node/site/render-concurrency'

function bundle(ssr: boolean) {
  const site = { buildConcurrency: 1 }
  const plugin = renderConcurrency() as unknown as {
    configResolved(config: unknown): void
    closeBundle(): void
  }
  plugin.configResolved({ vitepress: site, build: { ssr } })
  return { site, plugin }
}

describe('renderConcurrency', () => {
  it('raises the concurrency once the server bundle is written', () => {
    const { site, plugin } = bundle(true)
    expect(site.buildConcurrency).toBe(1)
    plugin.closeBundle()
    expect(site.buildConcurrency).toBe(RENDER_CONCURRENCY)
  })

  it('keeps one at a time through the client bundle, where the search index is built', () => {
    const { site, plugin } = bundle(false)
    plugin.closeBundle()
    expect(site.buildConcurrency).toBe(1)
  })
})
