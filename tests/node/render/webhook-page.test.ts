import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseApiSource, parseWebhookSource } from '../../../.vitepress/node/spec/load-pages'
import { renderWebhookPage } from '../../../.vitepress/node/render/webhook-page'
import { declareWebhooks } from '../../../.vitepress/node/sdk/webhook-types'

const fixtures = join(import.meta.dirname, 'webhook-fixtures')
const names = readdirSync(fixtures).filter((file) => file.endsWith('.md'))

describe('renderWebhookPage', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    const source = readFileSync(join(fixtures, name), 'utf8')
    it(`renders ${name} as its expected markdown, and its types`, async () => {
      const loaded = parseWebhookSource(source, name)!
      await expect(renderWebhookPage(loaded.spec, loaded.body)).toMatchFileSnapshot(join(fixtures, '__expected__', name))
      await expect(declareWebhooks([loaded.spec]).join('\n') + '\n').toMatchFileSnapshot(join(fixtures, '__expected__', name.replace(/\.md$/, '.d.ts')))
    })

    it(`${name} is not an API page, so the chain, the mock and the API tests never see it`, () => {
      expect(parseApiSource(source, name)).toBeUndefined()
    })
  }

  it('shows every signature header, the envelope fields and the reply contract', () => {
    const loaded = parseWebhookSource(readFileSync(join(fixtures, names[0]), 'utf8'), names[0])!
    const page = renderWebhookPage(loaded.spec)
    for (const text of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial', 'Wechatpay-Signature-Type',
      'encrypt-resource', 'AEAD_AES_256_GCM', 'ciphertext', 'associated_data', 'original_type', '"code": "FAIL"', 'Rsa.verify', 'AesGcm::decrypt']) {
      expect(page).toContain(text)
    }
  })
})
