import { computed, defineComponent, h, provide } from 'vue'
import { dataSymbol, useData, type DefaultTheme } from 'vitepress'
import DefaultTheme_ from 'vitepress/theme'

/**
 * The default layout, with one change: an API page shows the sidebar its page data carries (its
 * own product line) instead of one sidebar of the whole catalogue kept in the site data.
 */
export default defineComponent({
  name: 'ApiAwareLayout',
  setup() {
    const data = useData<DefaultTheme.Config>()
    const theme = computed(() => {
      const own = data.frontmatter.value.apiSidebar as DefaultTheme.SidebarItem[] | undefined
      return own ? { ...data.theme.value, sidebar: own } : data.theme.value
    })
    provide(dataSymbol, { ...data, theme })
    return () => h(DefaultTheme_.Layout)
  },
})
