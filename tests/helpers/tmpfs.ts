import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './core'

/**
 * A small tmpfs to fill: mounting needs root and a kernel that allows it (not every container
 * does). it answers null where it works, else the reason the tests print when they skip.
 */
export function whyNoTmpfs(): string | null {
  if (process.platform !== 'linux') return 'not Linux'
  if (process.getuid?.() !== 0) return 'not root (mount -t tmpfs needs root)'
  const probe = tempDir('frontdesk-fault-mount-probe-')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe.dir], { stdio: 'pipe' })
    execFileSync('umount', [probe.dir], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`
  } finally {
    probe.cleanup()
  }
}

export function mountTmpfs(dir: string, sizeKb: number): () => void {
  mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])
  return () => execFileSync('umount', ['-l', dir])
}

/** Writes a filler file until the disk refuses, to the last byte; returns its path. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler.bin')
  writeFileSync(filler, '')
  for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
    try {
      for (;;) writeFileSync(filler, Buffer.alloc(size, 1), { flag: 'a' })
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOSPC') throw error
    }
  }
  return filler
}
