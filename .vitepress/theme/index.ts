import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import TwoslashFloatingVue from '@shikijs/vitepress-twoslash/client'
import { recomputeAllPoppers } from 'floating-vue'
import '@shikijs/vitepress-twoslash/style.css'
import './style.css'
import PaymentFlow from './components/PaymentFlow.vue'
import NotifyFlow from './components/NotifyFlow.vue'

/** Code-group tabs move the snippets under open popups; re-place the popups after a tab switch. */
function repositionPopupsOnTabSwitch(): void {
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('.vp-code-group .tabs')) {
      requestAnimationFrame(() => recomputeAllPoppers())
    }
  })
}

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.use(TwoslashFloatingVue)
    // diagrams used by the guides as <PaymentFlow /> and <NotifyFlow />
    app.component('PaymentFlow', PaymentFlow)
    app.component('NotifyFlow', NotifyFlow)
    if (typeof document !== 'undefined') repositionPopupsOnTabSwitch()
  },
} satisfies Theme
