import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { shutDown, startMain } from '../helpers/electron-main'
import type { FakeElectron } from './fake-electron'

// The built main entry grants the PC camera (a worker's photo, the gate's QR) to its own page only.
type Main = Awaited<ReturnType<typeof startMain>>
let fake: FakeElectron
let mainWindow: Main['mainWindow']
beforeAll(async () => {
  ;({ fake, mainWindow } = await startMain())
})
afterAll(shutDown)

const request = (contents: unknown, permission: string, details: unknown) => {
  const callback = vi.fn()
  fake.defaultSession.handlers.permissionRequest!(contents, permission, callback, details)
  return callback.mock.calls[0]![0] as boolean
}
const check = (contents: unknown, permission: string, details: unknown) =>
  fake.defaultSession.handlers.permissionCheck!(contents, permission, 'app://frontdesk', details) as boolean

describe('the camera permission of the built main entry', () => {
  it('grants video to the main window while it shows the app’s own page', () => {
    const own = mainWindow().webContents
    expect(request(own, 'media', { mediaTypes: ['video'] })).toBe(true)
    expect(check(own, 'media', { mediaType: 'video' })).toBe(true)
  })

  it('refuses the microphone, other permissions, other contents and another page', () => {
    const own = mainWindow().webContents
    expect(request(own, 'media', { mediaTypes: ['video', 'audio'] })).toBe(false)
    expect(request(own, 'media', { mediaTypes: ['audio'] })).toBe(false)
    expect(request(own, 'media', {})).toBe(false)
    expect(check(own, 'media', { mediaType: 'audio' })).toBe(false)
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture'])
      expect(request(own, permission, { mediaTypes: ['video'] }), permission).toBe(false)
    expect(request({ mainFrame: own.mainFrame }, 'media', { mediaTypes: ['video'] })).toBe(false)
    expect(check(null, 'media', { mediaType: 'video' })).toBe(false)
    const home = own.mainFrame.url
    own.mainFrame.url = 'https://example.com/index.html'
    try {
      expect(request(own, 'media', { mediaTypes: ['video'] })).toBe(false)
      expect(check(own, 'media', { mediaType: 'video' })).toBe(false)
    } finally {
      own.mainFrame.url = home
    }
  })
})
