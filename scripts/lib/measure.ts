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
  /** CPU time (user + system) of the command and every descendant it waited for, in ms. */
  cpuMs: number
  peakRssBytes: number
  status: number | null
  output: string
}

/** `0m13.162s` → 13162 */
function bashTime(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text)
  return match ? (Number(match[1]) * 60 + Number(match[2])) * 1000 : 0
}

/**
 * Runs a command, sampling the resident memory of its whole process tree every 50 ms. The command
 * runs under bash, whose `times` (on file descriptor 3) reports the CPU time of the whole tree: on
 * a shared machine the wall time says little, the CPU time stays comparable between runs.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now()
    const script = '"$@"; status=$?; times >&3; exit $status'
    const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    })
    let output = ''
    let times = ''
    let peak = 0
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => (times += chunk))
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!))
    }, 50)
    child.on('close', (status) => {
      clearInterval(timer)
      // second line of `times`: user and system time of the children
      const [user = '', system = ''] = (times.trim().split('\n')[1] ?? '').trim().split(/\s+/)
      resolve({ ms: performance.now() - started, cpuMs: bashTime(user) + bashTime(system), peakRssBytes: peak, status, output })
    })
  })
}
