import type { ApiPageSpec } from '../spec/types'

/**
 * Where the plain-markdown version of a page is published, relative to the site root: the page's
 * own source path (`openapi/v3/pay/transactions/jsapi.md`), beside its `.html`.
 */
export function markdownPath(page: Pick<ApiPageSpec, 'file'>): string {
  return page.file
}
