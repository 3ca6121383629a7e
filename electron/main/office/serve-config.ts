import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { certificateDir } from './certificate'

/** `HOST:PORT` (IPv6 in brackets: `[::]:8443`) → its parts, or null. */
export function parseListen(text: string): { host: string; port: number } | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(text.trim())
  const port = Number(match?.[3])
  if (!match || !Number.isInteger(port) || port < 0 || port > 65535) return null
  return { host: match[1] ?? match[2]!, port }
}

const serveFile = (dataDir: string) => join(certificateDir(dataDir), 'serve.json')

/** Whether this PC also serves the office's counters (设置 → 多前台), and where; read at start. */
export async function readServeConfig(dataDir: string): Promise<{ listen: string } | null> {
  try {
    const value = JSON.parse(await readFile(serveFile(dataDir), 'utf8')) as { listen?: unknown }
    return typeof value.listen === 'string' && parseListen(value.listen) ? { listen: value.listen } : null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export async function writeServeConfig(dataDir: string, listen: string | null): Promise<void> {
  if (listen === null) return rm(serveFile(dataDir), { force: true })
  await mkdir(certificateDir(dataDir), { recursive: true })
  await writeFile(serveFile(dataDir), JSON.stringify({ listen }))
}
