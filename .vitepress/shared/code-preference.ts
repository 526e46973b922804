/** Where the reader's chosen code tab (e.g. `PHP 同步声明式`) is kept, in localStorage. */
export const CODE_TAB_STORAGE_KEY = 'wechatpay-docs:code-tab'

/** The id of the style element that shows the chosen tab before the page is hydrated. */
export const CODE_TAB_STYLE_ID = 'code-tab-preference'

/** The most tabs a code group has; the pre-hydration style covers this many positions. */
export const MAX_CODE_TABS = 12
