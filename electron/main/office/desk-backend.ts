import type { Core } from '../core/core'
import type { ApiResult } from '../../../shared/kernel/errors'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/kernel/locale'
import { linkApi } from '../../../shared/office/api'
import type { DeskEvent, LinkStatus } from '../../../shared/office/types'
import { CounterLink, linkFailure, type LinkOptions } from './link'
import { readLinkConfig, writeLinkConfig } from './link-config'
import { pairWithServer } from './pair'

export interface DeskBackendOptions {
  dataDir: string
  now: () => Date
  /** Opens this PC's own database (standalone). Not called while the PC is paired with a server. */
  openLocalCore: () => Promise<Core>
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
  private link: CounterLink | null = null
  private readonly listeners = new Set<(event: DeskEvent) => void>()

  private constructor(private readonly options: DeskBackendOptions) {}

  static async open(options: DeskBackendOptions): Promise<DeskBackend> {
    const desk = new DeskBackend(options)
    const config = await readLinkConfig(options.dataDir)
    if (config) desk.useLink(new CounterLink(config, options.link))
    else desk.core = await options.openLocalCore()
    return desk
  }

  /** This PC's own core, when it is standalone (the backup schedule runs on it). */
  get localCore(): Core | null {
    return this.core
  }

  status(): LinkStatus {
    if (this.link) return this.link.status()
    const suggested = this.options.suggestedAddress
    return { mode: 'standalone', online: true, ...(suggested ? { suggestedAddress: suggested } : {}) }
  }

  onEvent(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async call(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    if (name === linkApi.status.name) return { ok: true, data: this.status() }
    if (name === linkApi.pair.name) return this.pair(input, localeOf(meta))
    if (this.link) return this.link.call(name, input, meta)
    return this.core!.call(name, input, meta)
  }

  close(): void {
    this.link?.close()
    this.core?.close()
  }

  private useLink(link: CounterLink): void {
    this.link = link
    link.onEvent((event) => {
      for (const listener of this.listeners) listener(event)
    })
    link.start()
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
    this.useLink(new CounterLink(paired.config, this.options.link))
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
