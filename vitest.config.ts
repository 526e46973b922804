import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Build tests run vitepress on a 2-core machine; generous limits keep a busy machine from failing them.
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
})
