import type { MarkdownRenderer } from 'vitepress'

const RULE = 'container_code-group_open'

/**
 * Makes the ids of VitePress's code-group tabs deterministic. VitePress 1.6 names each group's
 * radio inputs with random ids (`group-xxxxx`, `tab-xxxxxxx`), so two builds of the same pages
 * differ byte for byte and every page chunk gets a new hash. The ids only tie each label to its
 * input within one group, so numbering groups in page order (and tabs within a group) is enough.
 * Must run after VitePress's own plugins (the site's `markdown.config` does).
 */
export function stableCodeGroupIds(md: MarkdownRenderer): void {
  const original = md.renderer.rules[RULE]
  if (!original) throw new Error(`stableCodeGroupIds: VitePress registered no "${RULE}" rule to wrap`)
  const groupsSeen = new WeakMap<object, number>()
  md.renderer.rules[RULE] = (tokens, idx, options, env, self) => {
    const html = original(tokens, idx, options, env, self)
    if (tokens[idx].nesting !== 1) return html
    const group = groupsSeen.get(env) ?? 0
    groupsSeen.set(env, group + 1)
    const tabIds = new Map<string, string>()
    return html
      .replace(/name="group-[\w-]+"/g, `name="group-${group}"`)
      .replace(/(id|for)="tab-([\w-]+)"/g, (_, attr: string, random: string) => {
        if (!tabIds.has(random)) tabIds.set(random, `tab-${group}-${tabIds.size}`)
        return `${attr}="${tabIds.get(random)}"`
      })
  }
}
