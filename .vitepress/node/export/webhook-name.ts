import type { WebhookPageSpec } from '../spec/types'

/**
 * A webhook's key under `webhooks` in `/openapi.json`: its file name without the folder and
 * extension (`openapi/webhooks/transaction-success.md` → `transaction-success`), unique because
 * the files share one folder.
 */
export function webhookName(spec: Pick<WebhookPageSpec, 'file'>): string {
  return spec.file.replace(/^.*\//, '').replace(/\.md$/, '')
}
