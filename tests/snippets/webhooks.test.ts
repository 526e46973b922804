import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { loadWebhookPages } from '../../.vitepress/node/spec/load-pages'
import { exampleOf } from '../../.vitepress/node/spec/parse-schema'
import { toJsonSchema } from '../../.vitepress/node/spec/to-json-schema'
import type { WebhookPageSpec } from '../../.vitepress/node/spec/types'
import { webhookPhpSample, webhookTsSample } from '../../.vitepress/node/render/webhook-code'
import { createKeyPair } from '../support/mock-wechatpay/keys'
import { createValidator } from '../support/json-schema'
import { lintPhp, PHP } from '../support/run-php-snippet'
import { runTsSnippet } from '../support/run-ts-snippet'
import { snippetModules } from '../support/snippet-modules'
import { createNotification, type ReceivedNotification } from '../support/webhook-notification'

const webhooks = [...loadWebhookPages('docs').values()].map((loaded) => loaded.spec)
const platform = createKeyPair('PUB_KEY_ID_0114232134912410000000000000000')
const stranger = createKeyPair(platform.serial)
const APIV3_KEY = '0123456789abcdef0123456789ABCDEF'
const scratch = mkdtempSync(join(tmpdir(), 'webhooks-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const run = promisify(execFile)

function notificationFor(spec: WebhookPageSpec, event = spec.events[0], overrides: { platform?: typeof platform; timestamp?: number } = {}) {
  return createNotification({
    eventType: event.type, summary: event.summary, originalType: spec.originalType, resource: exampleOf(spec.resource),
    apiV3Key: APIV3_KEY, platform: overrides.platform ?? platform, timestamp: overrides.timestamp,
  })
}

function runTs(spec: WebhookPageSpec, notification: ReceivedNotification, apiV3Key = APIV3_KEY) {
  const globals = { ...notification, platformPublicKeys: { [platform.serial]: platform.publicKey }, apiV3Key }
  return runTsSnippet(webhookTsSample(spec).code, globals, snippetModules(scratch))
}

let count = 0
async function runPhp(notification: ReceivedNotification, apiv3Key = APIV3_KEY) {
  const file = join(scratch, `webhook-${++count}.php`)
  writeFileSync(file, `<?php\n${webhookPhpSample().code}\n`)
  writeFileSync(`${file}.json`, JSON.stringify({ ...notification, platformPublicKeys: { [platform.serial]: platform.publicKey }, apiv3Key }))
  try {
    const { stdout, stderr } = await run(PHP, ['-d', 'display_errors=stderr', join(import.meta.dirname, '../support/php/run-webhook.php'), file, `${file}.json`], { encoding: 'utf8' })
    return { exitCode: 0, stdout, stderr, file }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr, file }
  }
}

describe('every webhook page', () => {
  it('covers the payment and refund notifications', () => {
    expect(webhooks.flatMap((spec) => spec.events.map((event) => event.type))).toEqual(
      expect.arrayContaining(['TRANSACTION.SUCCESS', 'REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED']),
    )
  })

  for (const spec of webhooks) {
    describe(spec.file, () => {
      it('has a resource example that validates against its schema', () => {
        expect(createValidator(toJsonSchema(spec.resource))(exampleOf(spec.resource))).toEqual([])
      })

      for (const event of spec.events) {
        it(`TypeScript verifies and decrypts a signed ${event.type} notification`, async () => {
          const printed = await runTs(spec, notificationFor(spec, event))
          expect(printed).toEqual([[event.type, exampleOf(spec.resource)]])
        })
      }

      it('TypeScript refuses a tampered body, a signature by another key, an old timestamp and a wrong APIv3 key', async () => {
        const good = notificationFor(spec)
        await expect(runTs(spec, { ...good, body: good.body.replace('"summary":"', '"summary":"x') })).rejects.toThrow('通知的签名无效')
        await expect(runTs(spec, notificationFor(spec, spec.events[0], { platform: stranger }))).rejects.toThrow('通知的签名无效')
        await expect(runTs(spec, notificationFor(spec, spec.events[0], { timestamp: Math.floor(Date.now() / 1000) - 600 }))).rejects.toThrow('5 分钟')
        await expect(runTs(spec, { ...good, headers: { ...good.headers, 'wechatpay-serial': 'PUB_KEY_ID_X' } })).rejects.toThrow('未知的 Wechatpay-Serial')
        await expect(runTs(spec, good, 'ffffffffffffffffffffffffffffffff')).rejects.toThrow()
      })

      it('PHP passes php -l, verifies and decrypts a signed notification, and refuses a tampered one', async () => {
        const good = await runPhp(notificationFor(spec))
        const lint = await lintPhp(good.file)
        expect(lint.exitCode, lint.stdout + lint.stderr).toBe(0)
        expect(good.stderr).toBe('')
        expect(good.exitCode).toBe(0)
        const [eventType, ...printed] = good.stdout.split('\n')
        expect(eventType).toBe(spec.events[0].type)
        const { stdout: expected } = await run(PHP, ['-r', 'print_r(json_decode($argv[1], true));', JSON.stringify(exampleOf(spec.resource))], { encoding: 'utf8' })
        expect(printed.join('\n')).toBe(expected)

        const notification = notificationFor(spec)
        const tampered = await runPhp({ ...notification, body: notification.body.replace('"summary":"', '"summary":"x') })
        expect(tampered.exitCode).not.toBe(0)
        expect(tampered.stderr).toContain('通知的签名无效')
        const wrongKey = await runPhp(notificationFor(spec), 'ffffffffffffffffffffffffffffffff')
        expect(wrongKey.exitCode).not.toBe(0)
        expect(wrongKey.stderr).toContain('Decrypting the input $ciphertext failed')
      })
    })
  }
})
