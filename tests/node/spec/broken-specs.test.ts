import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource, parseWebhookSource } from '../../../.vitepress/node/spec/load-pages'
import { SpecError } from '../../../.vitepress/node/spec/spec-error'

const broken = join(import.meta.dirname, 'broken')
const cases = readdirSync(broken).filter((file) => file.endsWith('.md'))

/** Each broken spec must fail with a SpecError whose message starts with the text in its `.error.txt`. */
describe('broken specs', () => {
  it('has a corpus to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(32)
  })
  for (const name of cases) {
    it(`rejects ${name} naming the file and the field`, () => {
      const expected = readFileSync(join(broken, name.replace(/\.md$/, '.error.txt')), 'utf8').trim()
      let thrown: unknown
      try {
        // A page is read as an API page or, with a `webhook` block, as a webhook page, as the site does.
        const source = readFileSync(join(broken, name), 'utf8')
        parseApiSource(source, name) ?? parseWebhookSource(source, name)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(SpecError)
      const message = (thrown as Error).message
      expect(message.startsWith(expected), `got: ${message}`).toBe(true)
      // One line a page author can act on: no stack frames or YAML excerpts pasted into it.
      expect(message).not.toContain('\n')
    })
  }
})
