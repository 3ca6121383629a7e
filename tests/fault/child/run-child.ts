import { spawn } from 'node:child_process'

export interface ChildRun {
  lines: string[]
  /** The exit code, or null when the child was killed. */
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

export interface KillPlan {
  /** Kill this many ms after the child printed `ready`; or after it started, when `beforeReady`. */
  afterMs: number
  beforeReady: boolean
}

/**
 * Runs a built child script on this Node (the project's Node 24) and sends SIGKILL at the planned
 * moment — no signal handler, no exit hook, no flush: what a power cut or the task manager does.
 */
export function runAndKill(script: string, args: string[], plan: KillPlan | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let pending = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      if (plan && !timer) timer = setTimeout(() => child.kill('SIGKILL'), plan.afterMs)
    }
    if (plan?.beforeReady) arm()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      const parts = pending.split('\n')
      pending = parts.pop()!
      for (const line of parts) {
        lines.push(line)
        if (line === 'ready') arm()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (pending) lines.push(pending)
      resolve({ lines, code, signal, stderr })
    })
  })
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
