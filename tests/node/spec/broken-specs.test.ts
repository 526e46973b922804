import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource } from '../../../.vitepress/node/spec/load-pages'
import { SpecError } from '../../../.vitepress/node/spec/spec-error'

const broken = join(import.meta.dirname, 'broken')
const cases = readdirSync(broken).filter((file) => file.endsWith('.md'))

/** Each broken spec must fail with a SpecError whose message starts with the text in its `.error.txt`. */
describe('broken specs', () => {
  it('has a corpus to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })
  for (const name of cases) {
    it(`rejects ${name} naming the file and the field`, () => {
      const expected = readFileSync(join(broken, name.replace(/\.md$/, '.error.txt')), 'utf8').trim()
      let thrown: unknown
      try {
        parseApiSource(readFileSync(join(broken, name), 'utf8'), name)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(SpecError)
      expect((thrown as Error).message.startsWith(expected), `got: ${(thrown as Error).message}`).toBe(true)
    })
  }
})
