import { withBase } from 'vitepress'

declare global {
  interface Window {
    __VP_HASH_MAP__?: Record<string, string>
  }
}

/**
 * Completes VitePress's page→chunk map when a reader first points at (or tabs to) a link to
 * another page of the site. A built API page starts with its own entry only (node/site/
 * lazy-hash-map.ts); without the rest, VitePress could neither prefetch the linked page nor open
 * it at once: its router would first fetch the same `hashmap.json` after the click.
 */
export function installPageHashMap(): void {
  if (!import.meta.env.PROD) return
  let loading: Promise<void> | undefined
  const load = () => {
    loading ??= fetch(withBase('/hashmap.json'))
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(response.status)))))
      .then((map) => {
        window.__VP_HASH_MAP__ = { ...map, ...window.__VP_HASH_MAP__ }
      })
      .catch(() => {
        // VitePress's router tries again itself on a click
        loading = undefined
      })
  }
  const onPoint = (event: Event) => {
    if (loading) return
    const link = (event.target as Element | null)?.closest?.('a[href]')
    if (link instanceof HTMLAnchorElement && link.origin === location.origin && link.pathname !== location.pathname) load()
  }
  document.addEventListener('pointerover', onPoint, { passive: true })
  document.addEventListener('focusin', onPoint)
}
