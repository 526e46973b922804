import type { Theme } from 'vitepress'
import { onContentUpdated } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import Layout from './Layout'
import { installTypePopups } from './type-popup'
import { applyCodePreference, installCodePreference } from './code-preference'
import { installSearchTokenizer } from './search-tokenizer'
import { installFieldAnchors, markTargetRow, scrollToTargetIn } from './field-anchor'
import { installSearchA11y } from './search-a11y'
import { installPageHashMap } from './page-hash-map'
import { reportShownPage } from './report-shown-pages'
import { fillDeferredCode, installDeferredCode } from './deferred-code'
import './style.css'
import 'virtual:code-palette.css'
import PaymentFlow from './components/PaymentFlow.vue'
import NotifyFlow from './components/NotifyFlow.vue'
import ApiFragment from './components/ApiFragment'
import { FRAGMENT_LOADED_EVENT } from '../shared/page-fragments'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp({ app, siteData }) {
    installSearchTokenizer(siteData)
    // diagrams used by the guides as <PaymentFlow /> and <NotifyFlow />
    app.component('PaymentFlow', PaymentFlow)
    app.component('NotifyFlow', NotifyFlow)
    // the generated blocks of a built API page (node/markdown/page-fragments.ts)
    app.component('ApiFragment', ApiFragment)
    if (typeof document === 'undefined') return
    installTypePopups()
    installCodePreference()
    installFieldAnchors()
    installSearchA11y()
    installPageHashMap()
    installDeferredCode()
    document.addEventListener(FRAGMENT_LOADED_EVENT, (event) => {
      applyCodePreference()
      void fillDeferredCode(event.target as Element, true)
      markTargetRow()
      scrollToTargetIn(event.target as Element)
    })
  },
  setup() {
    onContentUpdated(() => {
      applyCodePreference()
      void fillDeferredCode(document, true)
      markTargetRow()
      reportShownPage()
    })
  },
} satisfies Theme
