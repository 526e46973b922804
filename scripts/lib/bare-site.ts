import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Creates a VitePress site with nothing of ours: VitePress's default theme and local search, one
 * page with a two-tab code group, and `morePages` short pages (a heading and a sentence) beside it.
 * The benchmark starts its dev server to show what VitePress itself takes to start and open a page
 * on this machine, the floor under our own figure, and what the number of pages adds to it.
 * `parent` must be below the project, so that VitePress resolves from its node_modules.
 */
export function createBareSite(parent: string, morePages = 0): { dir: string; url: string } {
  mkdirSync(parent, { recursive: true })
  const dir = mkdtempSync(join(parent, 'bare-vitepress-'))
  mkdirSync(join(dir, '.vitepress'), { recursive: true })
  mkdirSync(join(dir, 'docs'), { recursive: true })
  writeFileSync(join(dir, '.vitepress/config.mts'), "export default { srcDir: 'docs', themeConfig: { search: { provider: 'local' } } }\n")
  writeFileSync(
    join(dir, 'docs/page.md'),
    ['# 一页', '', '::: code-group', '', '```ts [TypeScript]', 'const amount = 100', '```', '', '```php [PHP]', '<?php', '$amount = 100;', '```', '', ':::', ''].join('\n'),
  )
  if (morePages > 0) mkdirSync(join(dir, 'docs/more'))
  for (let i = 0; i < morePages; i++) writeFileSync(join(dir, `docs/more/page-${i}.md`), `# 第 ${i} 页\n\n第 ${i} 页的说明。\n`)
  return { dir, url: '/page' }
}
