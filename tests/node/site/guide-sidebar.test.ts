import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_GUIDE_GROUP, guideSidebar, loadGuideSidebar, parseGuideEntry } from '../../../.vitepress/node/site/guide-sidebar'

const page = (frontmatter: string) => `---\n${frontmatter}\n---\n\n# 正文\n`

describe('parseGuideEntry', () => {
  it('reads title, order and group', () => {
    expect(parseGuideEntry(page('title: 回调通知\norder: 12\ngroup: 安全'), 'guide/notifications.md')).toEqual({
      file: 'guide/notifications.md',
      text: '回调通知',
      order: 12,
      group: '安全',
    })
  })

  it('prefers sidebarTitle and falls back to the default group', () => {
    const entry = parseGuideEntry(page('title: 快速开始：Node.js\nsidebarTitle: Node.js\norder: 2'), 'guide/a.md')
    expect(entry.text).toBe('Node.js')
    expect(entry.group).toBe(DEFAULT_GUIDE_GROUP)
  })

  it('refuses a guide without an order, naming the file', () => {
    expect(() => parseGuideEntry(page('title: 无序'), 'guide/x.md')).toThrow('guide/x.md: order: a guide needs a numeric order')
  })

  it('refuses a guide without a title', () => {
    expect(() => parseGuideEntry(page('order: 3'), 'guide/y.md')).toThrow('guide/y.md: title:')
  })

  it('refuses an order that is not a number', () => {
    expect(() => parseGuideEntry(page("title: t\norder: '3'"), 'guide/z.md')).toThrow('guide/z.md: order:')
  })
})

describe('guideSidebar', () => {
  it('sorts by order and keeps groups in the order of their first page', () => {
    const sidebar = guideSidebar([
      { file: 'guide/c.md', text: 'C', order: 20, group: '调起支付' },
      { file: 'guide/b.md', text: 'B', order: 10, group: '安全' },
      { file: 'guide/a.md', text: 'A', order: 1, group: '入门' },
      { file: 'guide/index.md', text: 'I', order: 11, group: '安全' },
    ])
    expect(sidebar).toEqual([
      { text: '入门', items: [{ text: 'A', link: '/guide/a' }] },
      { text: '安全', items: [{ text: 'B', link: '/guide/b' }, { text: 'I', link: '/guide/' }] },
      { text: '调起支付', items: [{ text: 'C', link: '/guide/c' }] },
    ])
  })
})

describe('loadGuideSidebar', () => {
  it('lists every guide of the site, starting with 快速开始', () => {
    const sidebar = loadGuideSidebar(join(import.meta.dirname, '../../../docs'))
    const links = sidebar.flatMap((group) => group.items ?? []).map((item) => item.link)
    expect(links[0]).toBe('/guide/getting-started')
    expect(new Set(links).size).toBe(links.length)
  })

  it('gives an empty sidebar for a site without guides', () => {
    expect(loadGuideSidebar(import.meta.dirname, 'no-such-folder')).toEqual([])
  })
})
