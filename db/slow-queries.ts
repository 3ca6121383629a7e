/// <reference types="vite/client" />
import type Database from 'better-sqlite3'

/** The development default: a statement slower than this is worth a look before it ships. */
export const DEVELOPMENT_SLOW_QUERY_MS = 40

/**
 * The threshold of the slow-query log, or null when it is off. FRONTDESK_SLOW_QUERY_MS sets it
 * (a number of milliseconds; `off` turns it off); unset, it is on at 40 ms in a development build
 * (electron-vite dev) and off in a production or packaged build and in tests (vitest's mode is
 * `test`), so a test sees it only when it asks for it.
 */
export function slowQueryThreshold(env: NodeJS.ProcessEnv = process.env): number | null {
  const setting = env.FRONTDESK_SLOW_QUERY_MS?.trim()
  if (setting !== undefined && setting !== '') {
    const ms = Number(setting)
    return Number.isFinite(ms) && ms >= 0 ? ms : null
  }
  return import.meta.env.DEV && import.meta.env.MODE !== 'test' ? DEVELOPMENT_SLOW_QUERY_MS : null
}

export type SlowQueryReport = (line: string) => void

/** The statement as one line, cut to its first 200 characters. */
const excerpt = (source: string) => source.replace(/\s+/g, ' ').trim().slice(0, 200)

function reporter(thresholdMs: number, report: SlowQueryReport) {
  return (source: string, ms: number) => {
    if (ms > thresholdMs) report(`[slow query] ${ms.toFixed(1)} ms: ${excerpt(source)}`)
  }
}

/**
 * Times every execution of the statement. better-sqlite3 has no statement hook, so the four
 * methods that run SQL are shadowed on the instance; raw(), pluck() and the like return the same
 * instance, so they keep the timing. An iteration counts the time spent inside the statement only.
 */
function timeStatement(statement: Database.Statement, check: (source: string, ms: number) => void): Database.Statement {
  const { run, get, all, iterate } = statement
  const timed =
    <A extends unknown[], R>(method: (...args: A) => R) =>
    (...args: A): R => {
      const started = performance.now()
      try {
        return method.apply(statement, args)
      } finally {
        check(statement.source, performance.now() - started)
      }
    }
  function* timedIterate(...params: unknown[]): IterableIterator<unknown> {
    let spent = 0
    let started = performance.now()
    const rows = iterate.apply(statement, params) as IterableIterator<unknown>
    spent += performance.now() - started
    try {
      for (;;) {
        started = performance.now()
        const step = rows.next()
        spent += performance.now() - started
        if (step.done) return
        yield step.value
      }
    } finally {
      rows.return?.()
      check(statement.source, spent)
    }
  }
  Object.assign(statement, { run: timed(run), get: timed(get), all: timed(all), iterate: timedIterate })
  return statement
}

/**
 * The slow-query log: every statement prepared on this connection from now on (drizzle's too,
 * and the shared statement cache's) and every exec() is timed with performance.now(), and one
 * slower than the threshold is reported with its time and its first 200 characters. Off (not
 * installed at all) unless asked for, so production pays nothing.
 */
export function logSlowStatements(
  sqlite: Database.Database,
  thresholdMs: number,
  report: SlowQueryReport = console.warn
): void {
  const check = reporter(thresholdMs, report)
  const prepare = sqlite.prepare.bind(sqlite)
  const exec = sqlite.exec.bind(sqlite)
  sqlite.prepare = ((source: string) => timeStatement(prepare(source), check)) as typeof sqlite.prepare
  sqlite.exec = (source: string) => {
    const started = performance.now()
    try {
      return exec(source)
    } finally {
      check(source, performance.now() - started)
    }
  }
}
