import { describe, expect, it } from 'vitest'
import { deferHiddenCode, DEFERRED_FILE_SLOT } from '../../../.vitepress/node/markdown/deferred-code'

const block = (lang: string, code: string, active = false) =>
  `<div class="language-${lang} vp-adaptive-theme${active ? ' active' : ''}"><button title="Copy Code" class="copy"></button><span class="lang">${lang}</span><pre class="shiki vp-code" tabindex="0" v-pre=""><code>${code}</code></pre></div>`

const group = (blocks: string[]) =>
  `<div class="vp-code-group vp-adaptive-theme"><div class="tabs"><input type="radio" name="group-1" id="tab-1" checked><label data-title="TypeScript" for="tab-1">TypeScript</label></div><div class="blocks">${blocks.join('')}</div></div>`

describe('deferHiddenCode', () => {
  it('takes the code of every block but the active one out, leaving each block, its pre and an empty code naming the part', () => {
    const ts = '<span class="c5">const</span> a = <span class="c1">1</span>\n'
    const php = ['<span class="c6">\'v3/pay\'</span>\n', '$instance-&gt;v3-&gt;pay-&gt;get()\n']
    const blocks: string[] = ['earlier']
    const html = deferHiddenCode(group([block('ts', ts, true), block('php', php[0]), block('php', php[1])]), blocks)
    expect(blocks).toEqual(['earlier', ...php])
    expect(html).toBe(
      group([
        block('ts', ts, true),
        block('php', '').replace('<code>', `<code data-deferred="${DEFERRED_FILE_SLOT}#1">`),
        block('php', '').replace('<code>', `<code data-deferred="${DEFERRED_FILE_SLOT}#2">`),
      ]),
    )
  })

  it('leaves HTML without hidden code blocks as it is', () => {
    const blocks: string[] = []
    const table = '<table><tr><td><code>appid</code></td></tr></table>'
    expect(deferHiddenCode(table, blocks)).toBe(table)
    expect(deferHiddenCode(group([block('ts', 'x', true)]), blocks)).toBe(group([block('ts', 'x', true)]))
    expect(blocks).toEqual([])
  })
})
