/**
 * Highlights the parameter-table row a link points to (`#request.coupon_list.stock_id`).
 *
 * CSS `:target` highlights the row while the page is still static HTML. After hydration VitePress
 * moves between anchors with `history.pushState`, which leaves `:target` on the old row, so from
 * then on a class set here marks the row instead, and `:target` is switched off by the class on
 * `<html>`. VitePress itself scrolls to the row below the nav bar (its `scrollOffset`).
 */

const READY_CLASS = 'api-anchors-ready'
const TARGET_CLASS = 'api-row-target'

function hashTarget(): HTMLElement | null {
  if (location.hash.length < 2) return null
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)))
  } catch {
    return null
  }
}

function targetRow(): HTMLElement | null {
  const element = hashTarget()
  return element?.matches('tr.api-row') ? element : null
}

/** Marks the row named by the current hash, and only that row; call it after each page change. */
export function markTargetRow(): void {
  for (const row of document.querySelectorAll(`tr.${TARGET_CLASS}`)) row.classList.remove(TARGET_CLASS)
  targetRow()?.classList.add(TARGET_CLASS)
}

/**
 * Scrolls to the element the hash names if it is inside `container`: after an in-app navigation
 * the tables arrive after VitePress has already tried to scroll to it.
 */
export function scrollToTargetIn(container: Element): void {
  const element = hashTarget()
  if (element && container.contains(element)) element.scrollIntoView()
}

/** Installs the hash listeners once per page load; call it only in the browser. */
export function installFieldAnchors(): void {
  document.documentElement.classList.add(READY_CLASS)
  // VitePress dispatches a hashchange itself after its pushState for in-page links
  window.addEventListener('hashchange', markTargetRow)
  window.addEventListener('popstate', markTargetRow)
  markTargetRow()
}
