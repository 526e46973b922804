/**
 * Repairs the roles of VitePress's local search box without patching VitePress. As rendered, the
 * modal is one big `role="button"` holding a text field, a list and buttons; each result is a
 * `role="option"` list item wrapping a link (an interactive control inside another); the key hints
 * are `<kbd aria-label>` without a role, where a label is not allowed. Screen readers announce that
 * badly and axe reports it as serious. Each time the box is mounted (teleported to `<body>`) and
 * each time Vue re-renders its results, this makes it a labelled modal dialog whose options are
 * the result links themselves.
 */

const BOX = '.VPLocalSearchBox'
/** Attributes that only make sense on a combobox-like button; Vue sets some of them again on re-render. */
const BUTTON_ONLY = ['aria-owns', 'aria-expanded', 'aria-haspopup', 'aria-labelledby']
const DIALOG: Record<string, string> = { role: 'dialog', 'aria-modal': 'true', 'aria-label': '搜索文档' }

function setAttribute(element: Element, name: string, value: string): void {
  // only real changes: the observer sees our own writes, and must settle
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

/** Moves the option role, id (the input's aria-activedescendant) and selection from the item to its link. */
function repairResult(item: Element): void {
  const link = item.querySelector(':scope > a.result')
  if (!link) return
  if (item.getAttribute('role') === 'option') setAttribute(item, 'role', 'none')
  setAttribute(link, 'role', 'option')
  if (item.id) {
    link.id = item.id
    item.removeAttribute('id')
  }
  const selected = item.getAttribute('aria-selected')
  if (selected !== null) {
    setAttribute(link, 'aria-selected', selected)
    item.removeAttribute('aria-selected')
  }
}

function repair(box: Element): void {
  for (const [name, value] of Object.entries(DIALOG)) setAttribute(box, name, value)
  for (const name of BUTTON_ONLY) box.removeAttribute(name)
  // a key hint is a picture of a key, named by its label
  for (const kbd of box.querySelectorAll('kbd[aria-label]')) setAttribute(kbd, 'role', 'img')
  for (const item of box.querySelectorAll('.results > li')) repairResult(item)
}

/** Watches for the search box and its re-renders; call it once, in the browser. */
export function installSearchA11y(): void {
  let watched: Element | null = null
  const boxObserver = new MutationObserver(() => watched && repair(watched))
  new MutationObserver(() => {
    const box = document.querySelector(BOX)
    if (box === watched) return
    boxObserver.disconnect()
    watched = box
    if (!box) return
    repair(box)
    boxObserver.observe(box, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [...BUTTON_ONLY, ...Object.keys(DIALOG), 'id', 'aria-selected'],
    })
  }).observe(document.body, { childList: true })
}
