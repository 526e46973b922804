import { PAGE_SHOWN_EVENT } from '../shared/page-shown'

/**
 * In the dev server only: tells it that a page's content is on screen, so its warm-up work waits
 * until the reader has the page instead of holding the page back. Call it when content is updated.
 */
export function reportShownPage(): void {
  import.meta.hot?.send(PAGE_SHOWN_EVENT, { path: location.pathname })
}
