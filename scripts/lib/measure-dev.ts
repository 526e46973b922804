import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

/** What the dev server costs a writer: start and first page, and an edit reaching the browser. */
export interface DevTimes {
  /** From starting `vitepress dev` to the API page showing its code in the browser. */
  openMs: number
  /** From saving an edited frontmatter description to the browser showing it. */
  editMs: number
}

/**
 * How long the page is shown before the edit is saved: a writer reads it first, and the dev
 * server uses the time to prepare the page's types (node/markdown/prepare-endpoint-views.ts).
 */
export const READ_BEFORE_EDIT_MS = 2000

/**
 * Starts `vitepress dev` on a site, opens one page in a Chromium already running and waits for
 * `selector` (an API page's code group by default), then, unless `edit` is false, `readMs` later, edits the page's
 * frontmatter description and waits for the browser to show the new text (`editMs` is NaN when
 * not measured).
 */
export async function measureDev(options: {
  vitepress: string
  site: string
  url: string
  file: string
  port: number
  readMs?: number
  selector?: string
  edit?: boolean
}): Promise<DevTimes> {
  // The writer's browser is open already: it is started, with a tab, before the clock.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const page = await browser.newPage()
  const started = performance.now()
  const server = spawn(options.vitepress, ['dev', '--host', '127.0.0.1', '--port', String(options.port), '--strictPort'], {
    cwd: options.site,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  server.stdout.on('data', (chunk) => (output += chunk))
  server.stderr.on('data', (chunk) => (output += chunk))
  try {
    while (!/Local:/.test(output)) {
      if (server.exitCode !== null) throw new Error(`vitepress dev exited:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await page.goto(`http://127.0.0.1:${options.port}${options.url}`)
    await page.locator(options.selector ?? '.vp-code-group pre').first().waitFor({ timeout: 120_000 })
    const openMs = performance.now() - started
    if (options.edit === false) return { openMs, editMs: Number.NaN }
    await new Promise((resolve) => setTimeout(resolve, options.readMs ?? READ_BEFORE_EDIT_MS))
    const source = readFileSync(options.file, 'utf8')
    const marker = `（已编辑 ${Date.now()}）`
    const edited = source.replace(/^description: (.*)$/m, (_, text: string) => `description: ${text}${marker}`)
    if (edited === source) throw new Error(`${options.file}: no description line to edit`)
    const saved = performance.now()
    writeFileSync(options.file, edited)
    await page.locator('.api-description', { hasText: marker }).waitFor({ timeout: 60_000 })
    const editMs = performance.now() - saved
    writeFileSync(options.file, source)
    return { openMs, editMs }
  } finally {
    await browser.close()
    const exited = server.exitCode === null ? new Promise((resolve) => server.once('exit', resolve)) : undefined
    process.kill(-server.pid!, 'SIGTERM')
    // the next measurement starts a server on the same port
    await exited
  }
}
