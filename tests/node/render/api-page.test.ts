import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource } from '../../../.vitepress/node/spec/load-pages'
import { renderApiPage } from '../../../.vitepress/node/render/api-page'

const fixtures = join(import.meta.dirname, 'fixtures')

describe('renderApiPage', () => {
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.md'))) {
    it(`renders ${name} as its expected markdown`, async () => {
      const loaded = parseApiSource(readFileSync(join(fixtures, name), 'utf8'), name)
      expect(loaded).toBeDefined()
      await expect(renderApiPage(loaded!.spec, loaded!.body)).toMatchFileSnapshot(join(fixtures, '__expected__', name))
    })
  }
})
