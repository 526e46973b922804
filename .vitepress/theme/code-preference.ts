import { CODE_TAB_STORAGE_KEY, CODE_TAB_STYLE_ID } from '../shared/code-preference'

/** The language part of a tab label: `PHP 同步声明式` → `PHP`. */
function languageOf(label: string): string {
  return label.split(/\s+/)[0]
}

function readPreference(): string | null {
  try {
    return localStorage.getItem(CODE_TAB_STORAGE_KEY)
  } catch {
    return null
  }
}

let applying = false

/**
 * Selects the reader's chosen tab in every code group of the page: the tab with the same label, or
 * else the first tab of the same language. Clicking the tab's radio input lets VitePress switch
 * the visible block itself.
 */
export function applyCodePreference(): void {
  const preferred = readPreference()
  document.getElementById(CODE_TAB_STYLE_ID)?.remove()
  if (!preferred) return
  applying = true
  try {
    for (const group of document.querySelectorAll<HTMLElement>('.vp-code-group')) {
      const labels = [...group.querySelectorAll<HTMLLabelElement>(':scope > .tabs > label')]
      const label =
        labels.find((l) => l.dataset.title === preferred) ??
        labels.find((l) => languageOf(l.dataset.title ?? '') === languageOf(preferred))
      const input = label && group.querySelector<HTMLInputElement>(`input#${CSS.escape(label.htmlFor)}`)
      if (input && !input.checked) {
        input.checked = true
        input.click()
      }
    }
  } finally {
    applying = false
  }
}

/** Remembers the tab a reader picks and applies it to every other code group on the page. */
export function installCodePreference(): void {
  document.addEventListener('click', (event) => {
    if (applying) return
    const input = (event.target as Element | null)?.closest?.('.vp-code-group > .tabs > input')
    if (!(input instanceof HTMLInputElement)) return
    const label = input.parentElement?.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(input.id)}"]`)
    const title = label?.dataset.title
    if (!title) return
    try {
      localStorage.setItem(CODE_TAB_STORAGE_KEY, title)
    } catch {
      return
    }
    applyCodePreference()
  })
}
