import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printCopyName, startWebShell, type WebShell } from '../../../electron/main/shell/web-server'
import { setUpCore, tempDir } from '../../helpers/core'

/** The browser shell keeps every print job in <data-dir>/prints/, under the same guards as /api/call. */
let tmp: ReturnType<typeof tempDir>
let shell: WebShell
let printsDir: string
let close: () => void
let token: string

beforeAll(async () => {
  tmp = tempDir()
  const rendererDir = join(tmp.dir, 'renderer')
  mkdirSync(rendererDir, { recursive: true })
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>'
  )
  printsDir = join(tmp.dir, 'data', 'prints')
  const { core } = await setUpCore(join(tmp.dir, 'data'))
  shell = await startWebShell(core, {
    rendererDir,
    port: 0,
    printsDir,
    now: () => new Date('2026-06-15T02:00:00.000Z')
  })
  close = () => core.close()
  token = /name="frontdesk-token" content="([^"]+)"/.exec(await (await fetch(shell.url)).text())![1]!
})
afterAll(async () => {
  await shell.close()
  close()
  tmp.cleanup()
})

const page = '<!doctype html><html><body><p>收款收据 No.SJ2026000001</p></body></html>'
const post = (body: unknown, headers: Record<string, string> = { 'X-FrontDesk-Token': token }) =>
  fetch(new URL('/api/print-copy', shell.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })

describe('the browser shell keeps a copy of every print job', () => {
  it('saves the self-contained page under its own safe name in prints/', async () => {
    const response = await post({ html: page, fileName: 'receipt-SJ2026000001-0' })
    expect(response.status).toBe(200)
    const saved = join(printsDir, 'receipt-SJ2026000001-0.html')
    expect(await response.json()).toEqual({ ok: true, data: { path: saved } })
    expect(readFileSync(saved, 'utf8')).toBe(page)
  })

  it('a job without a name, or with a name that is a path, gets a dated name inside prints/', async () => {
    const before = new Set(readdirSync(printsDir))
    for (const fileName of [undefined, '../../escape', 'a/b', '收据'])
      expect((await post({ html: page, fileName })).status).toBe(200)
    const added = readdirSync(printsDir)
      .filter((f) => !before.has(f))
      .sort()
    expect(added).toEqual([
      'print-2026-06-15T02-00-00-000Z-2.html',
      'print-2026-06-15T02-00-00-000Z-3.html',
      'print-2026-06-15T02-00-00-000Z-4.html',
      'print-2026-06-15T02-00-00-000Z-5.html'
    ])
    expect(existsSync(join(tmp.dir, 'escape.html'))).toBe(false)
    expect(printCopyName('..', new Date(0), 1)).toBe('print-1970-01-01T00-00-00-000Z-1.html')
  })

  it('refuses without the token, by GET, and an empty or malformed job, saving nothing', async () => {
    const before = readdirSync(printsDir).length
    expect((await post({ html: page }, {})).status).toBe(403)
    expect((await post({ html: page }, { 'X-FrontDesk-Token': 'x'.repeat(token.length) })).status).toBe(403)
    expect(
      (await fetch(new URL('/api/print-copy', shell.url), { headers: { 'X-FrontDesk-Token': token } })).status
    ).toBe(403)
    expect((await post({ html: '' })).status).toBe(400)
    expect((await post('{not json')).status).toBe(400)
    expect(readdirSync(printsDir).length).toBe(before)
  })

  it('refuses a foreign Host header (DNS rebinding) and a job over the size limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        new URL('/api/print-copy', shell.url),
        {
          method: 'POST',
          headers: { Host: 'evil.example:80', 'X-FrontDesk-Token': token, 'Content-Type': 'application/json' }
        },
        (res) => resolve(res.statusCode ?? 0)
      )
      req.on('error', reject)
      req.end(JSON.stringify({ html: page, fileName: 'rebound' }))
    })
    expect(status).toBe(421)
    expect(existsSync(join(printsDir, 'rebound.html'))).toBe(false)
    const huge = await post({ html: 'x'.repeat(17 * 1024 * 1024), fileName: 'huge' })
    expect(huge.status).toBe(413)
    expect(existsSync(join(printsDir, 'huge.html'))).toBe(false)
  })
})
