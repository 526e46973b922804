/**
 * The message the dev server's browser client sends over Vite's socket once a page's content is
 * on screen (theme/report-shown-pages.ts); the server starts its warm-up work then
 * (node/site/idle-scheduler.ts).
 */
export const PAGE_SHOWN_EVENT = 'wechatpay-docs:page-shown'
