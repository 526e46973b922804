import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderLlmsTxt, shortDescription } from '../../../.vitepress/node/export/llms-txt'
import { fixturePages } from './fixtures'

const site = {
  title: '测试站点',
  description: '测试用的摘要。',
  guides: [{ text: '指南', items: [{ text: '快速开始 [概览]', link: '/guide/getting-started' }] }],
}

describe('renderLlmsTxt', () => {
  const specs = fixturePages().map((page) => page.spec)
  const text = renderLlmsTxt(specs, site)

  it('matches the expected file for the fixture pages', async () => {
    await expect(text).toMatchFileSnapshot(join(import.meta.dirname, '__expected__/llms.txt'))
  })

  it('follows llmstxt.org: one H1, a blockquote summary, H2 sections of link lists', () => {
    const lines = text.split('\n')
    expect(lines[0]).toBe('# 测试站点')
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1)
    expect(lines[2]).toBe('> 测试用的摘要。')
    for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[.+\]\(\/\S+\)(: .+)?$/)
  })

  it('links every API page to its markdown version with its first sentence', () => {
    for (const spec of specs) {
      expect(text).toContain(`](/${spec.file}): ${shortDescription(spec.description)}`)
    }
    expect(text).toContain('- [快速开始 \\[概览\\]](/guide/getting-started.html)')
  })
})

describe('shortDescription', () => {
  it('keeps the first sentence and cuts long ones', () => {
    expect(shortDescription('第一句。第二句。')).toBe('第一句。')
    expect(shortDescription('甲'.repeat(100), 10)).toBe(`${'甲'.repeat(9)}…`)
  })
})
