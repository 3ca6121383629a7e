import { chmod, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** What a paired counter keeps about its server, in its own data folder (never in the office's database). */
export interface LinkConfig {
  /** `https://host:port` */
  address: string
  /** The server certificate's SHA-256 as seen at pairing, and the certificate itself: the pin. */
  fingerprint: string
  certificate: string
  deviceId: number
  counterId: number
  counterName: string
  /** `<deviceId>.<secret>`: readable by this PC's user only. */
  credential: string
  pairedAt: string
}

export const linkConfigFile = (dataDir: string) => join(dataDir, 'office-link.json')

export async function readLinkConfig(dataDir: string): Promise<LinkConfig | null> {
  try {
    return JSON.parse(await readFile(linkConfigFile(dataDir), 'utf8')) as LinkConfig
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Written whole or not at all (a temporary file renamed over), readable by this user only. */
export async function writeLinkConfig(dataDir: string, config: LinkConfig): Promise<void> {
  const file = linkConfigFile(dataDir)
  await writeFile(`${file}.tmp`, JSON.stringify(config, null, 2), { mode: 0o600 })
  await chmod(`${file}.tmp`, 0o600)
  await rename(`${file}.tmp`, file)
}

/** `https://host:port` with nothing else, or null. */
export function parseServerAddress(text: string): string | null {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null
  if (url.pathname !== '/' || url.search || url.hash) return null
  return url.origin
}
