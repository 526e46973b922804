import type { Ref } from 'vue'
import type { DefaultTheme, SiteData } from 'vitepress'
import { searchMiniSearchOptions } from '../shared/search-tokenize'

/**
 * Puts the shared tokenizer into the local search options the search box reads. The config holds
 * the same functions, but VitePress ships them to the browser as source text (`toString()`) and
 * revives them with `new Function`; setting the imported functions here makes the query side run
 * exactly the module the index was built with.
 */
export function installSearchTokenizer(siteData: Ref<SiteData<DefaultTheme.Config>>): void {
  const search = siteData.value.themeConfig.search
  if (search?.provider !== 'local') return
  const miniSearch = ((search.options ??= {}).miniSearch ??= {})
  miniSearch.options = { ...miniSearch.options, ...searchMiniSearchOptions.options }
  miniSearch.searchOptions = { ...miniSearch.searchOptions, ...searchMiniSearchOptions.searchOptions }
}
