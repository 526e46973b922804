import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const RUNNER = join(import.meta.dirname, 'php', 'run-snippet.php')

/** The PHP binary: `PHP_BINARY` when set, else `php` on the PATH (scripts/setup.sh installs php-cli). */
export const PHP = process.env.PHP_BINARY ?? 'php'

/** What one call through the recording chain sent. */
export interface PhpRecord {
  method: string
  /** Path with the path parameters filled in (URL-encoded), starting with `/`. */
  url: string
  query: unknown
  headers: unknown
  json: unknown
  /** Top-level option keys that are neither `query`, `headers`, `json`, `body`, `sink` nor a parameter of the path. */
  unused: string[]
  /** An upload's form, base64 (only when the call gave `body`). */
  body?: string
  /** Where a download was saved (only when the call gave `sink`). */
  sink?: string
}

export interface PhpResult {
  exitCode: number
  stdout: string
  stderr: string
  records: PhpRecord[]
}

/** A scratch folder for snippet files; `dispose()` removes it. */
export class PhpScratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'php-snippets-'))
  private count = 0

  /** Writes `<?php` and the snippet to a file of its own and returns the path. */
  write(code: string, name = 'snippet'): string {
    const file = join(this.dir, `${String(++this.count).padStart(4, '0')}-${name.replace(/[^\w-]+/g, '_')}.php`)
    writeFileSync(file, `<?php\n${code}\n`)
    return file
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

async function exec(args: string[], cwd?: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(PHP, args, { encoding: 'utf8', timeout: 30_000, cwd })
    return { exitCode: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string; message: string }
    if (typeof failed.code !== 'number') throw error
    return { exitCode: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? failed.message }
  }
}

/** `php -l` on one file: exit code 0 and "No syntax errors detected" when the code parses. */
export function lintPhp(file: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return exec(['-l', file])
}

/**
 * Runs a snippet file with `$instance` set to the recording chain, which answers every call with
 * the given status and body. Relative file names in the snippet (an upload's image, a download's
 * `sink`) resolve in `cwd`. Returns what the snippet printed and the calls it made.
 */
export async function runPhpSnippet(file: string, reply: { status: number; body: string | Buffer }, cwd?: string): Promise<PhpResult> {
  const record = `${file}.calls.jsonl`
  const bodyFile = `${file}.reply`
  writeFileSync(bodyFile, reply.body)
  const result = await exec(['-d', 'display_errors=stderr', '-d', 'error_reporting=-1', RUNNER, file, record, String(reply.status), bodyFile], cwd)
  const lines = existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean) : []
  return { ...result, records: lines.map((line) => JSON.parse(line) as PhpRecord) }
}

/** What PHP's `print_r(json_decode($json, true))` prints, from PHP itself. */
export async function phpPrintR(json: string, scratch: PhpScratch): Promise<string> {
  const file = scratch.write(`print_r(json_decode(file_get_contents($argv[1]), true));`, 'print_r')
  const data = `${file}.json`
  writeFileSync(data, json)
  const result = await exec([file, data])
  if (result.exitCode !== 0) throw new Error(`print_r failed: ${result.stderr}`)
  return result.stdout
}
