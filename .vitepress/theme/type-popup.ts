import { loadLazyFragments } from './components/ApiFragment'

/**
 * Shows the type and documentation of a code token (`span.tw-hover`, rendered at build time by
 * twoslash) in one shared popup: on mouse hover, or on tap/click for touch screens and keyboards.
 * The popup is placed in the viewport next to the token and never wider than the screen.
 */

const KEYWORDS = new Set([
  'const', 'let', 'var', 'function', 'interface', 'type', 'namespace', 'import', 'export', 'extends',
  'keyof', 'readonly', 'typeof', 'new', 'await', 'async', 'declare', 'module', 'class',
])
const BUILTINS = new Set(['string', 'number', 'boolean', 'void', 'undefined', 'null', 'unknown', 'any', 'never', 'true', 'false'])
const TOKEN = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)|([A-Za-z_$][\w$]*)|(\d+(?:\.\d+)?)|(\s+)|([^\sA-Za-z_$\d'"`]+)/g

/** Splits a type signature into lightly classed spans: keywords, built-in types, names, strings. */
function highlightType(text: string): HTMLElement {
  const code = document.createElement('code')
  code.className = 'tw-popup-type'
  for (const match of text.matchAll(TOKEN)) {
    const [token, string, word, num] = match
    let kind = ''
    if (string) kind = 'tw-string'
    else if (num) kind = 'tw-number'
    else if (word && KEYWORDS.has(word)) kind = 'tw-keyword'
    else if (word && BUILTINS.has(word)) kind = 'tw-builtin'
    else if (word && /^[A-Z]/.test(word)) kind = 'tw-type'
    if (!kind) {
      code.append(token)
      continue
    }
    const span = document.createElement('span')
    span.className = kind
    span.textContent = token
    code.append(span)
  }
  return code
}

function createPopup(): HTMLElement {
  const popup = document.createElement('div')
  popup.id = 'tw-popup'
  popup.className = 'tw-popup'
  popup.setAttribute('role', 'tooltip')
  popup.hidden = true
  document.body.append(popup)
  return popup
}

function place(popup: HTMLElement, target: HTMLElement): void {
  const margin = 8
  const rect = target.getBoundingClientRect()
  popup.style.left = '0px'
  popup.style.top = '0px'
  const { width, height } = popup.getBoundingClientRect()
  const left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin)
  const below = rect.bottom + 6
  const top = below + height + margin > window.innerHeight && rect.top - height - 6 > margin ? rect.top - height - 6 : below
  popup.style.left = `${Math.max(margin, left)}px`
  popup.style.top = `${top}px`
}

/**
 * The element whose data attributes hold a token's texts: since build-time deduplication
 * (node/markdown/hover-table.ts) the token carries `data-h`, an index into the page's hidden
 * `.tw-hovers` table; a token with its own `data-type` is read directly.
 */
function hoverData(target: HTMLElement): DOMStringMap | undefined {
  const id = target.dataset.h
  if (id === undefined) return target.dataset
  const table = target.closest('.vp-doc')?.querySelector('.tw-hovers') ?? document.querySelector('.tw-hovers')
  if (!table) return undefined
  const entry = table.children[Number(id)]
  return entry instanceof HTMLElement ? entry.dataset : target.dataset
}

/** Installs the listeners once per page load; call it only in the browser. */
export function installTypePopups(): void {
  const popup = createPopup()
  let current: HTMLElement | null = null

  const hide = () => {
    current?.removeAttribute('aria-describedby')
    current?.classList.remove('tw-active')
    current = null
    popup.hidden = true
  }
  const show = (target: HTMLElement) => {
    if (current === target) return
    hide()
    current = target
    const data = hoverData(target)
    if (!data) {
      // the hover texts are fetched when a reader first points at code (see ApiFragment)
      void loadLazyFragments().then(() => {
        if (current !== target || !hoverData(target)) return
        current = null
        show(target)
      })
      return
    }
    const { type, docs } = data
    popup.replaceChildren(highlightType(type ?? ''))
    if (docs) {
      const text = document.createElement('div')
      text.className = 'tw-popup-docs'
      text.textContent = docs
      popup.append(text)
    }
    popup.hidden = false
    place(popup, target)
    target.classList.add('tw-active')
    target.setAttribute('aria-describedby', popup.id)
  }
  const tokenOf = (node: EventTarget | null) =>
    node instanceof Element ? (node.closest('.tw-hover') as HTMLElement | null) : null

  document.addEventListener('pointerover', (event) => {
    if ((event.target as Element | null)?.closest?.('.vp-code-group')) void loadLazyFragments()
    if (event.pointerType !== 'mouse') return
    const token = tokenOf(event.target)
    if (token) show(token)
  })
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse' || !current) return
    const to = event.relatedTarget as Node | null
    if (to && (current.contains(to) || popup.contains(to))) return
    if (popup.contains(event.target as Node) || current.contains(event.target as Node)) hide()
  })
  document.addEventListener('click', (event) => {
    const token = tokenOf(event.target)
    if (token) {
      if (current === token && event.detail > 0 && (event as PointerEvent).pointerType !== 'mouse') hide()
      else show(token)
    } else if (!popup.contains(event.target as Node)) {
      hide()
    }
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
  const follow = () => {
    if (current) place(popup, current)
  }
  window.addEventListener('scroll', follow, { passive: true, capture: true })
  window.addEventListener('resize', follow)
}
