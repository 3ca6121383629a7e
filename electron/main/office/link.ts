import { api } from '../../../shared/api'
import type { ApiResult } from '../../../shared/kernel/errors'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/kernel/locale'
import { message, type MessageParams } from '../../../shared/messages'
import type { DeskEvent, LinkStatus } from '../../../shared/office/types'
import type { ErrorCode } from '../../../shared/errors'
import type { LinkConfig } from './link-config'
import { pinnedAgent, PinMismatch, send, stream, Unreachable, type ServerTarget } from './pinned-https'

const MUTATIONS = new Set(
  Object.values(api)
    .flatMap((group) => Object.values(group))
    .filter((p) => p.kind === 'mutation')
    .map((p) => p.name)
)

export interface LinkOptions {
  /** How long a mutation sent as the link dropped is retried with its request id before the answer is 'unknown'. */
  retryMs?: number
  /** The feed is taken for dead after this long without a byte (the server beats every 5 s). */
  silenceMs?: number
  /** Waits between reconnection attempts. */
  reconnectMs?: number
}

/** An answer the link makes itself, worded in the caller's language. */
export function linkFailure(
  code: ErrorCode,
  locale: Locale,
  params: MessageParams = {},
  details?: Record<string, unknown>
): ApiResult<never> {
  const error = { code, message: message(locale, reasonKey('error', code), params) }
  return { ok: false, error: details ? { ...error, details } : error }
}

const localeOf = (meta: unknown): Locale => {
  const wanted = (meta as { locale?: unknown } | null)?.locale
  return LOCALES.find((l) => l === wanted) ?? DEFAULT_LOCALE
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A paired counter's connection to its office server (plain Node: the Electron main process and
 * the browser shell both use it). Calls go over HTTPS to the pinned certificate with the device
 * credential; the live feed tells the page what other counters changed and whether the server is
 * there. While the server is away, writes are refused at once (no second truth on this PC); a
 * mutation already sent when the link dropped is sent again with the same request id until the
 * server answers (the server's request log makes it act once) or `retryMs` has passed.
 */
export class CounterLink {
  private online = false
  /** The server's last refusal of this device (revoked, unknown): repeated for writes while it stands. */
  private refusal: ApiResult<never> | null = null
  private closed = false
  private feed: { close(): void } | null = null
  private readonly listeners = new Set<(event: DeskEvent) => void>()
  private readonly target: ServerTarget
  private readonly options: Required<LinkOptions>

  constructor(
    readonly config: LinkConfig,
    options: LinkOptions = {}
  ) {
    const pin = { certificate: config.certificate, fingerprint: config.fingerprint }
    this.target = { address: config.address, pin, agent: pinnedAgent(pin) }
    this.options = { retryMs: 30_000, silenceMs: 12_000, reconnectMs: 1_000, ...options }
  }

  /**
   * Connects the live feed and keeps it connected until `close`. Resolves once the first attempt
   * is decided (open, refused or failed; at most `firstAttemptMs`), so a shell starts with a known
   * state instead of a banner that flashes while the first connection is made.
   */
  start(firstAttemptMs = 3_000): Promise<void> {
    const decided = new Promise<void>((resolve) => {
      this.firstDecided = resolve
      setTimeout(resolve, firstAttemptMs).unref()
    })
    void this.keepFeed()
    return decided
  }

  private firstDecided: () => void = () => {}

  status(): LinkStatus {
    const { address, fingerprint, counterName } = this.config
    return { mode: 'connected', online: this.online, address, fingerprint, counterName }
  }

  onEvent(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async call(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    const locale = localeOf(meta)
    const mutation = MUTATIONS.has(name)
    if (mutation && !this.online) return this.refusal ?? this.unreachable(locale)
    const body = JSON.stringify({ procedure: name, input, meta })
    const deadline = Date.now() + (mutation ? this.options.retryMs : 0)
    for (;;) {
      try {
        const answer = await send(this.target, 'POST', '/office/call', body, this.headers())
        const result = JSON.parse(answer.body) as ApiResult<unknown>
        if (answer.status === 401 && !result.ok) {
          this.refusal = { ok: false, error: result.error }
          this.setOnline(false)
        } else this.setOnline(true)
        return result
      } catch (error) {
        if (error instanceof PinMismatch) return linkFailure('OFFICE_PIN_MISMATCH', locale)
        if (!(error instanceof Unreachable)) throw error
        this.setOnline(false)
        if (!mutation) return this.unreachable(locale)
        if (Date.now() >= deadline || this.closed) {
          const requestId = (meta as { requestId?: string } | null)?.requestId
          return linkFailure('OFFICE_OUTCOME_UNKNOWN', locale, {}, { requestId, unreachable: true })
        }
        await sleep(this.options.reconnectMs / 2)
      }
    }
  }

  close(): void {
    this.closed = true
    this.feed?.close()
    this.target.agent?.destroy()
  }

  private unreachable(locale: Locale): ApiResult<never> {
    return linkFailure('OFFICE_UNREACHABLE', locale, { address: this.config.address }, { unreachable: true })
  }

  private headers(): Record<string, string> {
    return { Authorization: `Device ${this.config.credential}` }
  }

  private emit(event: DeskEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  private setOnline(online: boolean): void {
    if (this.online === online) return
    this.online = online
    this.emit({ type: 'link', online })
  }

  private async keepFeed(): Promise<void> {
    while (!this.closed) {
      const feed = stream(
        this.target,
        '/office/events',
        this.headers(),
        {
          onOpen: () => {
            this.refusal = null
            this.setOnline(true)
            this.firstDecided()
          },
          onEvent: (data) => {
            const event = JSON.parse(data) as DeskEvent
            // This counter's own changes were refreshed by the page that made them.
            if (event.type === 'changed' && event.counterId === this.config.counterId) return
            this.emit(event)
          },
          onRefused: (status, text) => {
            if (status === 401) this.refusal = JSON.parse(text) as ApiResult<never>
            this.setOnline(false)
          }
        },
        this.options.silenceMs
      )
      this.feed = feed
      await feed.done
      this.setOnline(false)
      this.firstDecided()
      if (!this.closed) await sleep(this.options.reconnectMs)
    }
  }
}
