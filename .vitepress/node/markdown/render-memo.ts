import type { MarkdownRenderer } from 'vitepress'

/**
 * The first pass's page data changes the env's top-level objects (transformPageData takes the spec
 * out of the frontmatter); copies one level deep keep the second pass's env as the render left it.
 */
function copyOneLevel(value: unknown): unknown {
  if (Array.isArray(value)) return [...value]
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return { ...value }
  return value
}

interface RememberedRender {
  html: string
  /** What the render added to or changed in its env (frontmatter, headers, links…), one level deep copied. */
  env: Record<string, unknown>
}

/**
 * Lets a build render each page once instead of twice. VitePress renders every page for the
 * client bundle and again for the server bundle; its own cache keeps 1,024 renders, so with more
 * pages the second pass (in the same order) finds none of them. A render is kept, with what it
 * wrote into its env, until the second pass takes it. Renders whose env `bypass` accepts (the
 * search index's own renders) are neither kept nor served.
 */
export function rememberRenders(md: MarkdownRenderer, bypass: (env: Record<string, unknown>) => boolean): void {
  const kept = new Map<string, RememberedRender>()
  const render = md.render.bind(md)
  md.render = (src, env: Record<string, unknown> = {}) => {
    if (bypass(env) || typeof env.relativePath !== 'string') return render(src, env)
    const key = `${env.relativePath}\0${src}`
    const hit = kept.get(key)
    if (hit) {
      kept.delete(key)
      Object.assign(env, hit.env)
      return hit.html
    }
    const before = new Map(Object.entries(env))
    const html = render(src, env)
    const written = Object.fromEntries(Object.entries(env).filter(([name, value]) => before.get(name) !== value))
    kept.set(key, { html, env: Object.fromEntries(Object.entries(written).map(([name, value]) => [name, copyOneLevel(value)])) })
    return html
  }
}
