/** The module id under which VitePress's local search serves its index (one module per locale after it). */
export const SEARCH_INDEX_MODULE = '/@localSearchIndex'

/** The name of VitePress's local search plugin. */
export const LOCAL_SEARCH_PLUGIN = 'vitepress:local-search'
