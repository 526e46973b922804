import type { Theme } from 'vitepress'
import { onContentUpdated } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import Layout from './Layout'
import { installTypePopups } from './type-popup'
import { applyCodePreference, installCodePreference } from './code-preference'
import { installSearchTokenizer } from './search-tokenizer'
import { installFieldAnchors, markTargetRow } from './field-anchor'
import { installSearchA11y } from './search-a11y'
import './style.css'
import 'virtual:code-palette.css'
import PaymentFlow from './components/PaymentFlow.vue'
import NotifyFlow from './components/NotifyFlow.vue'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp({ app, siteData }) {
    installSearchTokenizer(siteData)
    // diagrams used by the guides as <PaymentFlow /> and <NotifyFlow />
    app.component('PaymentFlow', PaymentFlow)
    app.component('NotifyFlow', NotifyFlow)
    if (typeof document === 'undefined') return
    installTypePopups()
    installCodePreference()
    installFieldAnchors()
    installSearchA11y()
  },
  setup() {
    onContentUpdated(() => {
      applyCodePreference()
      markTargetRow()
    })
  },
} satisfies Theme
