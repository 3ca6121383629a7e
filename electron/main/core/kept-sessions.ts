import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { SessionStore, type Session } from './sessions'

/** Activity newer than this is written when the session is next used; a restart may lose less than this. */
const ACTIVITY_WRITE_MS = 30_000

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

type KeptState = Omit<Session, 'token'>

/**
 * The office server's sessions, kept in `kept_sessions` as well as in memory, so that restarting
 * the server (a crash, a power cut, kill -9) signs no counter out: a payment retried with its
 * request id after the restart is recognised as the same person's and answered from the request
 * log. Only the token's SHA-256 is stored; the token itself never touches the disk. Each write is
 * its own small statement outside any call's transaction (a session is not business data).
 */
export class KeptSessionStore extends SessionStore {
  /** What was last written per token, to write again only on a change that matters. */
  private readonly written = new Map<string, { lastActivityAt: number; locked: boolean }>()
  private readonly hashes = new Map<string, string>()

  constructor(
    private readonly sqlite: Database.Database,
    private readonly now: () => Date
  ) {
    super()
  }

  override create(session: Session): Session {
    super.create(session)
    this.write(session)
    return session
  }

  override get(token: string | undefined): Session | null {
    if (!token) return null
    const session = super.get(token) ?? this.load(token)
    if (session) this.writeIfChanged(session)
    return session
  }

  override remove(token: string): void {
    super.remove(token)
    this.forget(token)
  }

  override removeForStaff(staffId: number): void {
    this.removeWhere((s) => s.staffId === staffId)
  }

  override removeForShift(shiftId: number): void {
    this.removeWhere((s) => s.shiftId === shiftId)
  }

  override lockIfIdle(session: Session, nowMs: number, idleMinutes: number): void {
    super.lockIfIdle(session, nowMs, idleMinutes)
    this.writeIfChanged(session)
  }

  private removeWhere(test: (state: KeptState) => boolean): void {
    for (const [token, session] of [...this.sessions]) if (test(session)) this.remove(token)
    // Sessions not loaded since the restart are only on disk.
    const rows = this.sqlite.prepare('SELECT token_hash AS hash, data FROM kept_sessions').all() as {
      hash: string
      data: string
    }[]
    const drop = this.sqlite.prepare('DELETE FROM kept_sessions WHERE token_hash = ?')
    for (const row of rows) if (test(JSON.parse(row.data) as KeptState)) drop.run(row.hash)
  }

  private load(token: string): Session | null {
    const row = this.sqlite.prepare('SELECT data FROM kept_sessions WHERE token_hash = ?').get(this.hashOf(token)) as
      { data: string } | undefined
    if (!row) return null
    const session: Session = { ...(JSON.parse(row.data) as KeptState), token }
    super.create(session)
    this.written.set(token, { lastActivityAt: session.lastActivityAt, locked: session.locked })
    return session
  }

  private writeIfChanged(session: Session): void {
    const last = this.written.get(session.token)
    if (last && last.locked === session.locked && session.lastActivityAt - last.lastActivityAt < ACTIVITY_WRITE_MS)
      return
    this.write(session)
  }

  private write(session: Session): void {
    const { token, ...state } = session
    this.sqlite
      .prepare(
        `INSERT INTO kept_sessions (token_hash, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (token_hash) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`
      )
      .run(this.hashOf(token), JSON.stringify(state), this.now().toISOString())
    this.written.set(token, { lastActivityAt: session.lastActivityAt, locked: session.locked })
  }

  private forget(token: string): void {
    this.sqlite.prepare('DELETE FROM kept_sessions WHERE token_hash = ?').run(this.hashOf(token))
    this.written.delete(token)
    this.hashes.delete(token)
  }

  private hashOf(token: string): string {
    let hash = this.hashes.get(token)
    if (!hash) this.hashes.set(token, (hash = tokenHash(token)))
    return hash
  }
}
