import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { installTypePopups } from './type-popup'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (typeof document !== 'undefined') installTypePopups()
  },
} satisfies Theme
