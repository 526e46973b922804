import { loadParts } from './components/ApiFragment'
import { DEFERRED_CODE_ATTRIBUTE } from '../shared/page-fragments'

const SELECTOR = `code[${DEFERRED_CODE_ATTRIBUTE}]`
const FAILED = '这段代码没能加载，请刷新页面。'

/** Puts the highlighted code of each given empty block back from the page's deferred file. */
async function fill(codes: HTMLElement[]): Promise<void> {
  await Promise.all(
    codes.map(async (code) => {
      const [file, part] = (code.getAttribute(DEFERRED_CODE_ATTRIBUTE) ?? '').split('#')
      try {
        const html = (await loadParts(file))[Number(part)]
        if (html === undefined || !code.hasAttribute(DEFERRED_CODE_ATTRIBUTE)) return
        code.innerHTML = html
        code.removeAttribute(DEFERRED_CODE_ATTRIBUTE)
      } catch {
        code.textContent = FAILED
      }
    }),
  )
}

/**
 * Fills the code blocks the build left empty (node/markdown/deferred-code.ts) inside `root`: all
 * of them, or with `shownOnly` those on screen now (a tab the reader's stored preference selected).
 */
export function fillDeferredCode(root: ParentNode = document, shownOnly = false): Promise<void> {
  const codes = [...root.querySelectorAll<HTMLElement>(SELECTOR)].filter((code) => !shownOnly || (code.parentElement?.getClientRects().length ?? 0) > 0)
  return codes.length > 0 ? fill(codes) : Promise.resolve()
}

/**
 * Fetches a code group's hidden tabs when the reader may be about to show one: the pointer over
 * the group, or focus in it (the tabs are radio inputs), and at the latest when one is clicked.
 */
export function installDeferredCode(): void {
  const near = (event: Event) => {
    const group = (event.target as Element | null)?.closest?.('.vp-code-group')
    if (group?.querySelector(SELECTOR)) void fillDeferredCode(group)
  }
  document.addEventListener('pointerover', near, { passive: true })
  document.addEventListener('focusin', near)
  document.addEventListener('click', near)
}
