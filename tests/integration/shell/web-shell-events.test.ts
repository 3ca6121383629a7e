import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebShell, type WebShell } from '../../../electron/main/shell/web-server'
import type { DeskEvent } from '../../../shared/office/types'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
let shell: WebShell
const listeners = new Set<(event: DeskEvent) => void>()
const tell = (event: DeskEvent) => listeners.forEach((l) => l(event))

beforeAll(async () => {
  tmp = tempDir()
  const rendererDir = join(tmp.dir, 'renderer')
  mkdirSync(rendererDir, { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  // The desk backend as far as the shell sees it: answers and events.
  const backend = {
    call: async () => ({ ok: true as const, data: null }),
    onEvent: (listener: (event: DeskEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  shell = await startWebShell(backend, { rendererDir, port: 0, printsDir: join(tmp.dir, 'prints') })
})
afterAll(async () => {
  await shell.close()
  tmp.cleanup()
})

const tokenFromPage = async () =>
  /name="frontdesk-token" content="([^"]+)"/.exec(await (await fetch(shell.url)).text())![1]!

describe('the browser shell’s event stream', () => {
  it('streams the desk’s events to the page that holds the token, and to nobody else', async () => {
    expect((await fetch(`${shell.url}api/events`)).status).toBe(403)
    expect(
      (
        await fetch(`${shell.url}api/events`, {
          method: 'POST',
          headers: { 'X-FrontDesk-Token': await tokenFromPage() }
        })
      ).status
    ).toBe(403)

    const response = await fetch(`${shell.url}api/events`, { headers: { 'X-FrontDesk-Token': await tokenFromPage() } })
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = response.body!.getReader()
    await reader.read() // ': open'
    await expect.poll(() => listeners.size).toBe(1)
    tell({ type: 'changed', procedure: 'fees.pay', counterId: 2 })
    const { value } = await reader.read()
    expect(new TextDecoder().decode(value)).toBe('data: {"type":"changed","procedure":"fees.pay","counterId":2}\n\n')
    await reader.cancel()
    await expect.poll(() => listeners.size).toBe(0)
  })
})
