import type { Locale } from '../../../shared/kernel/locale'
import type { Role } from '../../../shared/kernel/roles'

/** A signed-in person at this counter. Held in memory: restarting the app signs everyone out. */
export interface Session {
  token: string
  staffId: number
  username: string
  displayName: string
  role: Role
  locale: Locale
  shiftId: number
  counterId: number
  lastActivityAt: number
  locked: boolean
}

export class SessionStore {
  protected readonly sessions = new Map<string, Session>()

  create(session: Session): Session {
    this.sessions.set(session.token, session)
    return session
  }

  get(token: string | undefined): Session | null {
    if (!token) return null
    return this.sessions.get(token) ?? null
  }

  remove(token: string): void {
    this.sessions.delete(token)
  }

  /** A disabled account or a reset password ends that person's sessions everywhere. */
  removeForStaff(staffId: number): void {
    for (const [token, session] of this.sessions) if (session.staffId === staffId) this.sessions.delete(token)
  }

  /** A handover ends every session on the shift it closed: whoever stays signs in again onto the new shift. */
  removeForShift(shiftId: number): void {
    for (const [token, session] of this.sessions) if (session.shiftId === shiftId) this.sessions.delete(token)
  }

  /**
   * Locks a session that has been idle longer than the configured minutes. The server enforces
   * it (the renderer's timer is a convenience), so a screen left open cannot be used by the next
   * person even if the page's timer never fired.
   */
  lockIfIdle(session: Session, nowMs: number, idleMinutes: number): void {
    if (!session.locked && nowMs - session.lastActivityAt > idleMinutes * 60_000) session.locked = true
  }
}
