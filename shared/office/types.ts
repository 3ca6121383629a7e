/** A paired counter PC as the server lists it. */
export interface OfficeDeviceRow {
  id: number
  counterId: number
  counterName: string
  pairedAt: string
  pairedByName: string
  lastSeenAt: string | null
  revokedAt: string | null
  revokedByName: string | null
  revokeReason: string | null
}

/** What 设置 → 多前台 shows at the server (its address and fingerprint for the counters to compare). */
export interface OfficeStatus {
  /** Whether this desk serves counters as the office server, and where. */
  server: { listen: string; fingerprint: string } | null
  devices: OfficeDeviceRow[]
}

export interface PairingCode {
  /** Shown once: ABCD-EFGH-JK (no 0/O/1/I/L). */
  code: string
  counterName: string
  expiresAt: string
}

/** The server's answer to a counter's pairing (only over the pairing request; never stored in the request log). */
export interface PairingResult {
  deviceId: number
  counterId: number
  counterName: string
  /** `<deviceId>.<secret>`: sent on every call; the server keeps only its hash. */
  credential: string
  /** HMAC-SHA256(code, `server|<fingerprint>|<credential>`): the server knew the code too. */
  proof: string
}

/** Where a counter's data lives, as the counter itself sees it (handled by the shell, not the core). */
export interface LinkStatus {
  mode: 'standalone' | 'connected'
  /** Connected: whether the server answers right now. Standalone: always true. */
  online: boolean
  /** Connected: the server's address, its pinned fingerprint and this counter's name there. */
  address?: string
  fingerprint?: string
  counterName?: string
  /** The browser shell started with --connect: the address the pairing form starts with. */
  suggestedAddress?: string
  /**
   * Standalone: this PC also serves the office's counters (设置 → 多前台 → 本机作为办公室服务器).
   * `listen` as configured; `running` false until the app is restarted after switching it on.
   */
  serving?: { listen: string; running: boolean; fingerprint?: string }
}

/** What the shell tells the page beside call answers: another counter changed data, or the link came or went. */
export type DeskEvent =
  { type: 'changed'; procedure: string; counterId: number | null } | { type: 'link'; online: boolean }
