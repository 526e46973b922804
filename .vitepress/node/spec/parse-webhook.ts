import type { DocLink, WebhookEvent, WebhookPageSpec } from './types'
import { SpecError } from './spec-error'
import { describeValue, isPlainObject, parseSchema } from './parse-schema'

const PAGE_KEYS = new Set(['title', 'description', 'webhook', 'docs'])
const WEBHOOK_KEYS = new Set(['product', 'originalType', 'events', 'resource'])
const EVENT_KEYS = new Set(['type', 'summary', 'description'])
const EVENT_TYPE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)+$/

function text(value: unknown, file: string, field: string): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new SpecError(file, field, value === undefined ? 'missing' : `expected a non-empty string, got ${describeValue(value)}`)
  }
  return value.trim()
}

function parseEvents(raw: unknown, file: string): WebhookEvent[] {
  const field = 'webhook.events'
  if (!Array.isArray(raw) || raw.length === 0) throw new SpecError(file, field, 'expected a non-empty list of { type, summary, description }')
  const seen = new Set<string>()
  return raw.map((entry, i) => {
    const at = `${field}.${i}`
    if (!isPlainObject(entry)) throw new SpecError(file, at, `expected { type, summary, description }, got ${describeValue(entry)}`)
    for (const key of Object.keys(entry)) {
      if (!EVENT_KEYS.has(key)) throw new SpecError(file, `${at}.${key}`, 'unknown key; use type, summary and description')
    }
    const type = text(entry.type, file, `${at}.type`)
    if (!EVENT_TYPE.test(type)) throw new SpecError(file, `${at}.type`, `expected an event type such as TRANSACTION.SUCCESS, got ${JSON.stringify(type)}`)
    if (seen.has(type)) throw new SpecError(file, `${at}.type`, `${type} is listed twice`)
    seen.add(type)
    return { type, summary: text(entry.summary, file, `${at}.summary`), description: text(entry.description, file, `${at}.description`) }
  })
}

/**
 * Validates a webhook page's frontmatter: `title`, `description`, `docs` and a `webhook` block with
 * the product line, the resource's `originalType`, the event types and the decrypted resource.
 */
export function parseWebhookPage(data: Record<string, unknown>, file: string, parseDocs: (raw: unknown, file: string) => DocLink[]): WebhookPageSpec {
  for (const key of Object.keys(data)) {
    if (!PAGE_KEYS.has(key)) {
      const hint = ['method', 'path', 'operations', 'request', 'response'].includes(key) ? ': a webhook page has no method, path, request or response' : ''
      throw new SpecError(file, key, `unknown key in a webhook page${hint}`)
    }
  }
  const title = text(data.title, file, 'title')
  const description = text(data.description, file, 'description')
  const webhook = data.webhook
  if (!isPlainObject(webhook)) throw new SpecError(file, 'webhook', `expected { product, originalType, events, resource }, got ${describeValue(webhook)}`)
  for (const key of Object.keys(webhook)) {
    if (!WEBHOOK_KEYS.has(key)) throw new SpecError(file, `webhook.${key}`, `unknown key; use ${[...WEBHOOK_KEYS].join(', ')}`)
  }
  const product = text(webhook.product, file, 'webhook.product')
  if (!/^[a-z][a-z0-9-]*$/.test(product)) throw new SpecError(file, 'webhook.product', `expected a path segment such as pay or refund, got ${JSON.stringify(product)}`)
  const originalType = text(webhook.originalType, file, 'webhook.originalType')
  if (!/^[a-z][a-z0-9_-]*$/.test(originalType)) {
    throw new SpecError(file, 'webhook.originalType', `expected a lower-case name such as transaction or refund, got ${JSON.stringify(originalType)}`)
  }
  const events = parseEvents(webhook.events, file)
  if (webhook.resource === undefined) throw new SpecError(file, 'webhook.resource', 'missing: describe the decrypted resource')
  const resource = parseSchema(webhook.resource, { file, field: 'webhook.resource' })
  if (resource.type !== 'object') throw new SpecError(file, 'webhook.resource.type', 'the decrypted resource is a JSON object: expected object')
  return { file, title, description, product, originalType, events, resource, docs: parseDocs(data.docs, file) }
}
