import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebShell, type WebShell } from '../../../electron/main/shell/web-server'
import { setUpCore, tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
let shell: WebShell
let close: () => void

beforeAll(async () => {
  tmp = tempDir()
  const rendererDir = join(tmp.dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>'
  )
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tmp.dir, 'secret.txt'), 'secret')
  const { core } = await setUpCore(join(tmp.dir, 'data'))
  shell = await startWebShell(core, { rendererDir, port: 0, printsDir: join(tmp.dir, 'data', 'prints') })
  close = () => core.close()
})
afterAll(async () => {
  await shell.close()
  close()
  tmp.cleanup()
})

async function tokenFromPage(): Promise<string> {
  const html = await (await fetch(shell.url)).text()
  return /name="frontdesk-token" content="([^"]+)"/.exec(html)![1]!
}

const callBody = JSON.stringify({ procedure: 'system.status', input: {}, meta: {} })

describe('the loopback browser shell', () => {
  it('serves the page with the per-run token, the bridge script and a strict CSP', async () => {
    const response = await fetch(shell.url)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await response.text()
    expect(html).toContain('frontdesk-bridge.js')
    expect(await tokenFromPage()).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('answers procedures only with the token', async () => {
    const without = await fetch(`${shell.url}api/call`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: callBody
    })
    expect(without.status).toBe(403)
    const wrong = await fetch(`${shell.url}api/call`, {
      method: 'POST',
      headers: { 'X-FrontDesk-Token': 'guess' },
      body: callBody
    })
    expect(wrong.status).toBe(403)
    const right = await fetch(`${shell.url}api/call`, {
      method: 'POST',
      headers: { 'X-FrontDesk-Token': await tokenFromPage() },
      body: callBody
    })
    expect(await right.json()).toMatchObject({ ok: true, data: { mode: 'ready' } })
  })

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: shell.port, path: '/', headers: { Host: 'evil.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0)
      ).end()
    })
    expect(status).toBe(421)
    const traversal = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: shell.port, path: '/assets/..%2f..%2fsecret.txt' }, (res) =>
        resolve(res.statusCode ?? 0)
      ).end()
    })
    expect(traversal).toBe(404)
    expect((await fetch(`${shell.url}assets/app.js`)).status).toBe(200)
  })

  it('refuses a body that is too large', async () => {
    const token = await tokenFromPage()
    const big = JSON.stringify({ procedure: 'system.status', input: { x: 'y'.repeat(2_000_000) } })
    const response = await fetch(`${shell.url}api/call`, {
      method: 'POST',
      headers: { 'X-FrontDesk-Token': token },
      body: big
    }).catch(() => null)
    if (response) expect(response.status).toBe(400)
  })
})
