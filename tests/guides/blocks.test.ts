import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideBlocks, guideFiles, namedSnippets } from './snippets'

const blocks = guideFiles().flatMap(guideBlocks)

describe('guide code blocks', () => {
  it('every TypeScript block is type-checked by twoslash at build', () => {
    const unchecked = blocks.filter((block) => block.lang === 'ts' && !/\btwoslash\b/.test(block.meta))
    expect(unchecked.map((block) => `${block.file}:${block.line}`)).toEqual([])
  })

  it('no TypeScript block uses a persistent ^? query: its popup would cover the text below the block', () => {
    const queries = blocks.filter((block) => block.lang === 'ts' && /^\s*\/\/\s*\^\?/m.test(block.code))
    expect(queries.map((block) => `${block.file}:${block.line}`)).toEqual([])
  })

  it('every named snippet is TypeScript, named once, and run by a test', () => {
    const tests = readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'))
      .join('\n')
    const names = namedSnippets().map((block) => `${block.file}#${block.name}`)
    expect(new Set(names).size).toBe(names.length)
    for (const block of namedSnippets()) {
      expect(block.lang, `${block.file}:${block.line}`).toBe('ts')
      expect(tests, `no test loads ${block.file} snippet ${block.name}`).toContain(`'${block.file}', '${block.name}'`)
    }
  })
})

describe.each(blocks.filter((block) => block.lang === 'php').map((block) => [`${block.file}:${block.line}`, block] as const))(
  'PHP block %s',
  (_, block) => {
    it('starts with <?php and is valid PHP', () => {
      expect(block.code.startsWith('<?php\n')).toBe(true)
      const lint = spawnSync('php', ['-l'], { input: block.code, encoding: 'utf8' })
      expect(lint.error, 'php-cli is needed for this test (scripts/setup.sh installs it)').toBeUndefined()
      expect(`${lint.stdout}${lint.stderr}`).toContain('No syntax errors detected')
    })
  },
)
