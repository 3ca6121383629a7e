import type { Core } from '../core/core'
import type { ApiResult } from '../../../shared/kernel/errors'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/kernel/locale'
import { linkApi } from '../../../shared/office/api'
import type { DeskEvent, LinkStatus } from '../../../shared/office/types'
import { CounterLink, linkFailure, type LinkOptions } from './link'
import { readLinkConfig, writeLinkConfig } from './link-config'
import { pairWithServer } from './pair'
import { loadOrCreateCertificate } from './certificate'
import { parseListen, readServeConfig, writeServeConfig } from './serve-config'
import { startOfficeServer, type OfficeServer } from './server'

export interface DeskBackendOptions {
  dataDir: string
  now: () => Date
  /**
   * Opens this PC's own database (standalone). Not called while the PC is paired with a server.
   * `office` is set when this PC also serves the office's counters: the core then keeps its sessions.
   */
  openLocalCore: (office?: { listen: string; fingerprint: string }) => Promise<Core>
  /** After pairing, this PC's own (empty) core is closed: the shell stops what it ran on it (the backup schedule). */
  localCoreClosing?: () => Promise<void>
  /** The browser shell's --connect: the address the pairing form offers. */
  suggestedAddress?: string
  link?: LinkOptions
}

/**
 * What a shell (the Electron main process, the browser shell) talks to: this PC's own core
 * (本机数据，单机) or, once paired, the office server through the link (连接到办公室服务器). The
 * renderer cannot tell; it learns which with `link.status`, and pairs with `link.pair` (only while
 * this PC has no data of its own, so nothing kept here is left behind).
 */
export class DeskBackend {
  private core: Core | null = null
  private server: OfficeServer | null = null
  /** The office server running on this PC now (it starts with the app). */
  private serving: { listen: string; fingerprint: string } | null = null
  /** As switched in 设置 → 多前台 (takes effect at the next start). */
  private serveWanted: string | null | undefined
  private link: CounterLink | null = null
  private readonly listeners = new Set<(event: DeskEvent) => void>()

  private constructor(private readonly options: DeskBackendOptions) {}

  static async open(options: DeskBackendOptions): Promise<DeskBackend> {
    const desk = new DeskBackend(options)
    const config = await readLinkConfig(options.dataDir)
    if (config) await desk.useLink(new CounterLink(config, options.link))
    else await desk.openLocal()
    return desk
  }

  /** This PC's own core, and its office server when 设置 → 多前台 switched it on. */
  private async openLocal(): Promise<void> {
    const serve = await readServeConfig(this.options.dataDir)
    const listen = serve ? parseListen(serve.listen) : null
    if (!serve || !listen) {
      this.core = await this.options.openLocalCore()
      return
    }
    const certificate = await loadOrCreateCertificate(this.options.dataDir)
    const core = await this.options.openLocalCore({ listen: serve.listen, fingerprint: certificate.fingerprint })
    this.core = core
    if (core.mode !== 'ready') return
    this.server = await startOfficeServer(core, { ...listen, certificate, now: this.options.now })
    this.serving = { listen: serve.listen, fingerprint: certificate.fingerprint }
    console.log(`FrontDesk office server on ${this.server.address}, certificate ${certificate.fingerprint}`)
  }

  /** This PC's own core, when it is standalone (the backup schedule runs on it). */
  get localCore(): Core | null {
    return this.core
  }

  status(): LinkStatus {
    if (this.link) return this.link.status()
    const suggested = this.options.suggestedAddress
    const wanted = this.serveWanted === undefined ? (this.serving?.listen ?? null) : this.serveWanted
    const serving = wanted
      ? {
          serving: {
            listen: wanted,
            running: this.serving?.listen === wanted,
            ...(this.serving ? { fingerprint: this.serving.fingerprint } : {})
          }
        }
      : {}
    return { mode: 'standalone', online: true, ...(suggested ? { suggestedAddress: suggested } : {}), ...serving }
  }

  onEvent(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async call(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    if (name === linkApi.status.name) return { ok: true, data: this.status() }
    if (name === linkApi.pair.name) return this.pair(input, localeOf(meta))
    if (name === linkApi.serve.name) return this.serve(input, meta)
    if (this.link) return this.link.call(name, input, meta)
    return this.core!.call(name, input, meta)
  }

  close(): void {
    this.link?.close()
    void this.server?.close()
    this.core?.close()
  }

  /** An administrator of this PC's own data switches its office server on or off (at the next start). */
  private async serve(rawInput: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    const locale = localeOf(meta)
    if (this.link || !this.core) return linkFailure('LINK_NOT_ALLOWED', locale)
    const me = await this.core.call('staff.me', {}, meta)
    if (!me.ok) return me
    const role = (me.data as { role?: string }).role
    if (role !== 'admin') return linkFailure('FORBIDDEN', locale, { role: `role.${role ?? 'clerk'}` })
    const parsed = linkApi.serve.input.safeParse(rawInput ?? {})
    if (!parsed.success) return linkFailure('VALIDATION', locale)
    await writeServeConfig(this.options.dataDir, parsed.data.listen)
    this.serveWanted = parsed.data.listen
    return { ok: true, data: this.status() }
  }

  private async useLink(link: CounterLink): Promise<void> {
    this.link = link
    link.onEvent((event) => {
      for (const listener of this.listeners) listener(event)
    })
    await link.start()
  }

  private async pair(rawInput: unknown, locale: Locale): Promise<ApiResult<unknown>> {
    const parsed = linkApi.pair.input.safeParse(rawInput ?? {})
    if (!parsed.success) return linkFailure('VALIDATION', locale)
    if (this.link || !(await this.localIsEmpty())) return linkFailure('LINK_NOT_ALLOWED', locale)
    const paired = await pairWithServer(parsed.data.address, parsed.data.code, locale, this.options.now)
    if ('failure' in paired) return paired.failure
    await writeLinkConfig(this.options.dataDir, paired.config)
    // The empty local database stays where it is, unused: the office's data is the server's.
    await this.options.localCoreClosing?.()
    this.core?.close()
    this.core = null
    await this.useLink(new CounterLink(paired.config, this.options.link))
    return { ok: true, data: this.status() }
  }

  /** A PC that was never set up has nothing to leave behind (a database in recovery is never abandoned). */
  private async localIsEmpty(): Promise<boolean> {
    if (!this.core) return true
    if (this.core.mode !== 'ready') return false
    const status = await this.core.call('system.status', {}, {})
    return status.ok && (status.data as { mode: string }).mode === 'setup'
  }
}

function localeOf(meta: unknown): Locale {
  const wanted = (meta as { locale?: unknown } | null)?.locale
  return LOCALES.find((l) => l === wanted) ?? DEFAULT_LOCALE
}

/**
 * The office server's own screen (`npm run server`): its core, and `link.status` answering that
 * this PC holds the data, as a DeskBackend would for a standalone PC that serves the counters.
 */
export function serverScreen(core: Core): { call: DeskBackend['call'] } {
  return {
    call: async (name, input, meta) =>
      name === linkApi.status.name
        ? { ok: true, data: { mode: 'standalone', online: true } }
        : core.call(name, input, meta)
  }
}
