import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of a process and all its descendants, in bytes, read from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      const pages = Number(fields[21])
      const pid = Number(entry)
      rss.set(pid, pages * 4096)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** The outcome of one measured command. */
export interface Measured {
  ms: number
  peakRssBytes: number
  status: number | null
  output: string
}

/** Runs a command, sampling the resident memory of its whole process tree every 50 ms. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } })
    let output = ''
    let peak = 0
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!))
    }, 50)
    child.on('close', (status) => {
      clearInterval(timer)
      resolve({ ms: performance.now() - started, peakRssBytes: peak, status, output })
    })
  })
}
