import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { dataPaths } from '../../db/open'
import { allProcedures } from '../../shared/api'
import { boot, dataDir, PRELOAD, requireWithFake, ROOT, shutDown, startMain } from '../helpers/electron-main'
import { createFakeElectron, type FakeElectron } from './fake-electron'

// The built main entry's window, its security and its call channel (tests/helpers/electron-main.ts).
type Main = Awaited<ReturnType<typeof startMain>>
let fake: FakeElectron
let userData: string
let mainWindow: Main['mainWindow']
let trusted: Main['trusted']
let call: Main['call']
beforeAll(async () => {
  ;({ fake, userData, mainWindow, trusted, call } = await startMain())
})
afterAll(shutDown)

describe('the built Electron main entry', () => {
  it('opens one window, isolated and sandboxed, with no Node and no webview', () => {
    const prefs = mainWindow().options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    expect(prefs.preload).toBe(join(ROOT, 'out/preload/index.js'))
    expect(mainWindow().loaded).toBe('app://frontdesk/index.html')
  })

  it('shows the window only when it is ready to show', () => {
    expect(mainWindow().shown).toBe(false)
    mainWindow().emit('ready-to-show')
    expect(mainWindow().shown).toBe(true)
  })

  it('never opens new windows, leaves the app, or attaches a webview', () => {
    const contents = mainWindow().webContents
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { url: 'https://example.com/', preventDefault: vi.fn() }
      contents.listener(event)(away, away.url)
      expect(away.preventDefault, event).toHaveBeenCalled()
      const home = { url: `${contents.mainFrame.url}#/login`, preventDefault: vi.fn() }
      contents.listener(event)(home, home.url)
      expect(home.preventDefault, event).not.toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    contents.listener('will-attach-webview')(webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('replaces any Content-Security-Policy with its own, scripts from the app only', () => {
    const callback = vi.fn()
    fake.defaultSession.handlers.headersReceived!(
      { responseHeaders: { 'content-security-policy': ['script-src *'], 'X-Other': ['1'] } },
      callback
    )
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>
    expect(headers['Content-Security-Policy']![0]).toContain("script-src 'self'")
    expect(headers['Content-Security-Policy']![0]).toContain("default-src 'none'")
    expect(headers['content-security-policy']).toBeUndefined()
    expect(headers['X-Other']).toEqual(['1'])
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    fake.defaultSession.handlers.permissionRequest!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(fake.defaultSession.handlers.permissionCheck!({}, 'clipboard-read')).toBe(false)
  })

  it('handles exactly the two bridge channels', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(['frontdesk:call', 'frontdesk:print'])
  })

  it('answers a call from its own main frame with the core’s answer: a fresh data folder needs setup', async () => {
    expect(await call(trusted(), 'system.status')).toEqual({
      ok: true,
      data: { mode: 'setup', version: '0.1.0-test', serverTime: expect.any(String) }
    })
    expect(existsSync(userData)).toBe(true)
  })

  it('refuses calls from any other frame without reaching the core', async () => {
    const appUrl = mainWindow().webContents.mainFrame.url
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'forbidden' } }
    expect(await call({ senderFrame: { url: 'https://example.com/' } }, 'system.status')).toEqual(forbidden)
    expect(await call({ senderFrame: { url: appUrl } }, 'system.status')).toEqual(forbidden) // an iframe showing our page
    expect(await call({ senderFrame: null }, 'system.status')).toEqual(forbidden)
    mainWindow().webContents.mainFrame.url = 'https://example.com/'
    try {
      expect(await call(trusted(), 'system.status')).toEqual(forbidden) // our frame, after leaving the app
    } finally {
      mainWindow().webContents.mainFrame.url = appUrl
    }
  })

  it('reaches every procedure of the contract through the one call channel', async () => {
    const names = allProcedures().map((p) => p.name)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const result = (await call(trusted(), name, {})) as { ok: boolean; error?: { code: string } }
      expect(result.ok ? 'ok' : result.error?.code, name).not.toBe('UNKNOWN_PROCEDURE')
    }
    expect(((await call(trusted(), 'no.such')) as { error: { code: string } }).error.code).toBe('UNKNOWN_PROCEDURE')
  })

  it('quits when its window closes', () => {
    const quits = fake.calls.quit
    fake.electron.app.emit('window-all-closed')
    expect(fake.calls.quit).toBe(quits + 1)
  })
})

describe('the built Electron main entry, started differently', () => {
  it('FRONTDESK_DATA_DIR moves the data folder (and userData with it)', async () => {
    const dir = dataDir('frontdesk-override-')
    const { fake } = boot({ env: { FRONTDESK_DATA_DIR: dir } })
    await fake.started
    expect(fake.calls.setPath).toEqual([['userData', dir]])
    expect(existsSync(dataPaths(dir).databaseFile)).toBe(true)
    const main = fake.windows[0]!
    const status = await fake.ipcHandlers.get('frontdesk:call')!(
      { senderFrame: main.webContents.mainFrame },
      'system.status',
      {},
      {}
    )
    expect(status).toMatchObject({ ok: true, data: { mode: 'setup' } })
  })

  it('a second copy quits at once and opens nothing', () => {
    const { fake } = boot({ singleInstance: false })
    expect(fake.calls.quit).toBe(1)
    expect(fake.windows).toEqual([])
    expect(fake.ipcHandlers.size).toBe(0)
  })
})

describe('the built preload', () => {
  it('exposes window.frontdesk with call, print and onEvent only, over three fixed channels', async () => {
    const fake = createFakeElectron({ userData: tmpdir() })
    requireWithFake(fake, PRELOAD)
    expect(fake.calls.exposed.map(([key]) => key)).toEqual(['frontdesk'])
    const bridge = fake.calls.exposed[0]![1] as Record<string, (...args: unknown[]) => Promise<unknown>>
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent', 'print'])
    await bridge.call!('system.status', {}, { locale: 'zh-CN' })
    await bridge.print!({ html: '<p></p>' })
    expect(fake.calls.invoked).toEqual([
      ['frontdesk:call', 'system.status', {}, { locale: 'zh-CN' }],
      ['frontdesk:print', { html: '<p></p>' }]
    ])
    // Events come on the one event channel; the page's listener gets the value, never the IPC event.
    const heard: unknown[] = []
    const stop = (bridge.onEvent as unknown as (l: (e: unknown) => void) => () => void)((event) => heard.push(event))
    expect(fake.calls.rendererListeners.map(([channel]) => channel)).toEqual(['frontdesk:event'])
    fake.calls.rendererListeners[0]![1]({ sender: 'ipc internals' }, { type: 'link', online: false })
    expect(heard).toEqual([{ type: 'link', online: false }])
    stop()
    expect(fake.calls.rendererListeners).toEqual([])
  })
})
