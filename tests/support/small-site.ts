import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTempSite, projectRoot } from '../../scripts/lib/temp-site'

const VITEPRESS = join(projectRoot, 'node_modules/.bin/vitepress')

/**
 * The docs of a minimal site: home, the API index, the getting-started guide every API page links
 * to, the favicon the head links, the seed API page, plus `pages` (keyed by their path under `docs/`). Builds in well under the
 * time of the whole site, for tests that build more than once or serve a page of their own.
 */
export function smallSitePages(pages: Record<string, string> = {}): Record<string, string> {
  const docs = (file: string) => readFileSync(join(projectRoot, 'docs', file), 'utf8')
  return {
    'index.md': '---\ntitle: 首页\n---\n\n# 首页\n\n[接口目录](/openapi/) · [快速开始](/guide/getting-started)\n',
    'openapi/index.md': docs('openapi/index.md'),
    'public/favicon.svg': docs('public/favicon.svg'),
    'guide/getting-started.md': '---\ntitle: 快速开始\norder: 1\n---\n\n# 快速开始\n\n创建 `wxpay` 与 `$instance`。\n',
    'openapi/v3/industry-coupon/tokens.md': docs('openapi/v3/industry-coupon/tokens.md'),
    ...pages,
  }
}

/** Creates a temporary small site (see `smallSitePages`) and returns its folder. */
export function createSmallSite(name: string, pages: Record<string, string> = {}): string {
  return createTempSite({ name, copyDocs: false, pages: smallSitePages(pages) })
}

/** What one `vitepress build` printed and how it ended. */
export interface BuildResult {
  status: number | null
  output: string
}

/**
 * Runs `vitepress build` in a site folder with extra CLI arguments (e.g. `--outDir`). Asynchronous
 * on purpose: a build blocking a vitest worker for a minute makes its RPC time out.
 */
export function buildSite(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(VITEPRESS, ['build', ...args], { cwd: dir, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, output }))
  })
}

/**
 * Serves a built site with `vitepress preview` on 127.0.0.1 and resolves once it answers.
 * Stop it with `stopServer` (it is the process this started, killed by its own id).
 */
export async function startPreview(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(VITEPRESS, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: dir, stdio: 'ignore' })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vitepress preview exited with ${child.exitCode} (is port ${port} taken?)`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill()
  throw new Error(`vitepress preview did not answer on port ${port} within 60 s`)
}

/** Stops a server `startPreview` started and waits for it to exit. */
export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill()
  await exited
}
