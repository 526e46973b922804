import type { Theme } from 'vitepress'
import { onContentUpdated } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import Layout from './Layout'
import { installTypePopups } from './type-popup'
import { applyCodePreference, installCodePreference } from './code-preference'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp() {
    if (typeof document === 'undefined') return
    installTypePopups()
    installCodePreference()
  },
  setup() {
    onContentUpdated(() => applyCodePreference())
  },
} satisfies Theme
