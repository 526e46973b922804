import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from 'vitepress'
import { createFrontmatterCache, loaderText, loadYaml } from '../../../.vitepress/node/spec/frontmatter-cache'
import { splitFrontmatter } from '../../../.vitepress/node/spec/parse-page'
import { SpecError } from '../../../.vitepress/node/spec/spec-error'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'))
  dirs.push(dir)
  return dir
}

const SPEC = 'title: 下单\npath: /v3/pay/transactions/jsapi\nrequest:\n  body:\n    properties:\n      amount: { type: integer, example: 100 }\n'

describe('createFrontmatterCache', () => {
  it('gives what js-yaml gives, first parsed and then read back from its folder by another process', () => {
    const dir = freshDir()
    const first = createFrontmatterCache(dir)
    expect(first.cached(SPEC)).toBeUndefined()
    expect(first.load(SPEC, 'a.md')).toEqual(loadYaml(SPEC, 'a.md'))
    expect(readdirSync(dir)).toHaveLength(1)
    const second = createFrontmatterCache(dir)
    expect(second.cached(SPEC)).toEqual(loadYaml(SPEC, 'a.md'))
    // a stored entry is what is read, not a new parse
    writeFileSync(join(dir, readdirSync(dir)[0]), JSON.stringify({ title: 'from the cache' }))
    expect(second.load(SPEC, 'a.md')).toEqual({ title: 'from the cache' })
  })

  it('gives each caller its own copy, so one that changes it changes nobody else’s', () => {
    const cache = createFrontmatterCache(freshDir())
    const a = cache.load(SPEC, 'a.md') as { title: string }
    a.title = 'changed'
    expect((cache.load(SPEC, 'a.md') as { title: string }).title).toBe('下单')
  })

  it('does not store what JSON would change, and stores no text that does not parse', () => {
    const dir = freshDir()
    const cache = createFrontmatterCache(dir)
    expect(cache.load('limit: .inf\n', 'a.md')).toEqual({ limit: Infinity })
    expect(readdirSync(dir)).toEqual([])
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n', 'docs/bad.md', cache.load)).toThrow(SpecError)
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n', 'docs/bad.md', cache.load)).toThrow(/docs\/bad\.md.*frontmatter.*invalid YAML/s)
    expect(readdirSync(dir)).toEqual([])
  })

  it('prunes the entries this process did not use', () => {
    const dir = freshDir()
    createFrontmatterCache(dir).load('title: old\n', 'a.md')
    const cache = createFrontmatterCache(dir)
    cache.load(SPEC, 'a.md')
    cache.prune()
    expect(readdirSync(dir)).toHaveLength(1)
    expect(createFrontmatterCache(dir).cached('title: old\n')).toBeUndefined()
    expect(createFrontmatterCache(dir).cached(SPEC)).toEqual(loadYaml(SPEC, 'a.md'))
  })
})

describe('loaderText', () => {
  it('lets VitePress, parsing a page\'s frontmatter again, find what the spec loader cached', async () => {
    const dir = freshDir()
    const cache = createFrontmatterCache(dir)
    const source = `---\n${SPEC}---\n\n# 正文\n`
    const { data } = splitFrontmatter(source, 'a.md', cache.load)
    const handed: string[] = []
    const md = await createMarkdownRenderer(dir, {
      frontmatter: {
        grayMatterOptions: {
          engines: {
            yaml: {
              parse: (text: string) => {
                handed.push(text)
                return cache.cached(loaderText(text)) as object
              },
            },
          },
        },
      },
    })
    const env: { frontmatter?: unknown } = {}
    md.render(source, env)
    expect(handed).toHaveLength(1)
    expect(handed[0]).not.toBe(loaderText(handed[0]))
    expect(env.frontmatter).toEqual(data)
    // and the text as handed over is not what was cached: the lookup needs loaderText
    expect(cache.cached(handed[0])).toBeUndefined()
  })
})
