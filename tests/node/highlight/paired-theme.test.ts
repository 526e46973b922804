import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCodePalette, loadCodeThemes } from '../../../.vitepress/node/highlight/code-palette'
import { compactTokensTransformer } from '../../../.vitepress/node/highlight/compact-tokens'
import { pairThemes, type PairableHighlighter, type PairableTheme } from '../../../.vitepress/node/highlight/paired-theme'

const root = join(import.meta.dirname, '../../..')
const THEMES = { light: 'github-light', dark: 'github-dark' }

/** Shiki as VitePress loads it, with both themes. */
async function createShiki() {
  const fromVitepress = createRequire(createRequire(join(root, 'package.json')).resolve('vitepress'))
  const shiki = (await import(pathToFileURL(fromVitepress.resolve('shiki')).href)) as {
    createHighlighter(options: { themes: unknown[]; langs: string[] }): Promise<PairableHighlighter>
  }
  const themes = await loadCodeThemes<PairableTheme>(THEMES)
  return { themes, highlighter: await shiki.createHighlighter({ themes: [themes.light, themes.dark], langs: ['php', 'ts', 'json', 'bash', 'md', 'diff', 'text'] }) }
}

const samples: Array<[string, string]> = [
  ['php', readFileSync(join(root, 'tests/support/php/RecordingChain.php'), 'utf8')],
  ['php', "<?php\n$response = $instance->v3->pay->transactions->jsapi->postAsync(['json' => ['appid' => 'wx', 'amount' => ['total' => 1]]])->wait();\n"],
  ['ts', readFileSync(join(root, '.vitepress/node/render/ts-variants.ts'), 'utf8')],
  ['json', '{"a": 1, "b": [true, null, "s"], "c": {"d": -2.5e3}}'],
  ['bash', 'npm install wechatpay-axios-plugin # the SDK\ncurl -X POST "https://127.0.0.1/v3" -H \'Accept: application/json\''],
  ['md', '# Title\n*italic* **bold** [link](http://x) `code`\n> quote'],
  ['diff', '- old line\n+ new line\n  same'],
  ['text', 'GET\n/v3/certificates\n1732252800'],
]

/**
 * What a reader sees of highlighted code: each visible character with the colour classes around
 * it (whitespace has no colour to see, and one tokenizing may attach it to either neighbour).
 */
function colouring(html: string): string[] {
  const code = html.slice(html.indexOf('<code>') + 6, html.lastIndexOf('</code>'))
  const stack: string[] = []
  const out: string[] = []
  for (const [, open, close, text] of code.matchAll(/<span(?: class="([^"]*)")?(?: style="[^"]*")?>|(<\/span>)|([^<]+)/g)) {
    if (close) stack.pop()
    else if (text === undefined) stack.push(open ?? '')
    else for (const char of text.replace(/&[^;]+;/g, '&')) if (/\S/.test(char)) out.push(`${char} ${stack.filter(Boolean).join(' ')}`)
  }
  return out
}

describe('pairThemes', () => {
  it('gives up on themes that are not written rule for rule', () => {
    const light: PairableTheme = { name: 'a', colors: { 'editor.foreground': '#000000' }, tokenColors: [{ scope: 'keyword', settings: { foreground: '#111111' } }] }
    expect(pairThemes(light, { ...light, tokenColors: [{ scope: 'string', settings: { foreground: '#222222' } }] })).toBeUndefined()
    expect(pairThemes(light, { ...light, tokenColors: [{ scope: 'keyword', settings: { foreground: '#222222', fontStyle: 'italic' } }] })).toBeUndefined()
    expect(pairThemes(light, { ...light, tokenColors: [] })).toBeUndefined()
    expect(pairThemes(light, { ...light, tokenColors: [{ scope: 'keyword', settings: { foreground: '#222222' } }] })).toBeDefined()
  })

  it("tokenizes once and colours every character as Shiki's light/dark mode does", async () => {
    const { themes, highlighter } = await createShiki()
    const paired = pairThemes(themes.light, themes.dark)!
    expect(paired).toBeDefined()
    const palette = createCodePalette(themes.light, themes.dark)
    const dual = (code: string, lang: string) =>
      highlighter.codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: [compactTokensTransformer(palette)] })
    const expected = samples.map(([lang, code]) => dual(code, lang))
    await paired.install(highlighter, THEMES)
    for (const [i, [lang, code]] of samples.entries()) {
      const html = dual(code, lang)
      expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark"/)
      expect(colouring(html), `${lang} sample ${i}`).toEqual(colouring(expected[i]))
    }
  })

  it('leaves calls for other themes alone', async () => {
    const { themes, highlighter } = await createShiki()
    const before = highlighter.codeToHtml('const a = 1', { lang: 'ts', theme: 'github-light' })
    await pairThemes(themes.light, themes.dark)!.install(highlighter, THEMES)
    expect(highlighter.codeToHtml('const a = 1', { lang: 'ts', theme: 'github-light' })).toBe(before)
  })
})
