/**
 * Frontmatter keys that hold an API page's spec. They are rendered at build time and removed from
 * the page data, so the browser never downloads the spec itself.
 */
export const API_FRONTMATTER_KEYS = ['method', 'path', 'docs', 'request', 'response', 'operations'] as const
