import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import Layout from './Layout'
import { installTypePopups } from './type-popup'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout,
  enhanceApp() {
    if (typeof document !== 'undefined') installTypePopups()
  },
} satisfies Theme
