import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadWebhookPages } from '../../../.vitepress/node/spec/load-pages'
import { renderWebhookMarkdown } from '../../../.vitepress/node/export/webhook-markdown'

const webhooks = loadWebhookPages(join(import.meta.dirname, '../../../docs'))

describe('renderWebhookMarkdown', () => {
  for (const { spec, body } of webhooks.values()) {
    it(`gives ${spec.file} its events, headers, envelope, resource, code and reply`, () => {
      const markdown = renderWebhookMarkdown(spec, body)
      expect(markdown.startsWith(`# ${spec.title}\n`)).toBe(true)
      for (const event of spec.events) expect(markdown).toContain(`\`${event.type}\``)
      for (const header of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) expect(markdown).toContain(`\`${header}\``)
      for (const field of Object.keys(spec.resource.properties)) expect(markdown).toContain(`\`${field}\``)
      expect(markdown).toMatch(/```ts\n[\s\S]*```/)
      expect(markdown).toMatch(/```php\n[\s\S]*AesGcm::decrypt[\s\S]*```/)
      expect(markdown).toContain('## 应答')
      expect(markdown).not.toMatch(/<[a-z]+[\s>]/i)
    })
  }
})
