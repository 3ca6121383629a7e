import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { Core } from '../core/core'
import { backUpBeforeQuit, startBackupSchedule, type BackupSchedule } from '../core/backup-schedule'
import { DeskBackend } from '../office/desk-backend'
import { dataDirOverride } from './data-dir'
import { bindIpc, EVENT_CHANNEL, type SenderFrame } from './ipc'
import { createPrintAdapter } from './print'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './protocol'
import { contentSecurityPolicy } from '../shell/csp'
import { isAllowedSender, isAppUrl, mainWindowOptions } from './window'

/**
 * The Electron app: one counter window over the same core the browser shell drives. Everything
 * here is wiring; the rules it applies live in security/, ipc.ts and print.ts.
 */

// electron-vite dev sets ELECTRON_RENDERER_URL; a packaged app always shows its own files, so a
// stray environment variable can never point the counter window at another site.
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
// The built renderer is served as app://frontdesk/… from this folder only (protocol.ts).
const rendererDir = join(__dirname, '../renderer')
const appOrigin = devServer ?? APP_INDEX_URL

// A scheme gets its privileges (an origin, 'self', fetch) only when registered before ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

// FRONTDESK_DATA_DIR (development, tests) or --data-dir (any build) puts the database somewhere
// else; a packaged build ignores the variable unless its command line asks (data-dir.ts). It moves
// userData itself, before the single-instance lock, so each data folder gets its own instance.
const movedDataDir = dataDirOverride(app.isPackaged, process.env, process.argv)
if (movedDataDir) app.setPath('userData', movedDataDir.dir)

let mainWindow: BrowserWindow | null = null
let desk: DeskBackend | undefined

/** Only the main frame of our window, while it shows our own page, may use the bridge. */
function isTrustedFrame(frame: SenderFrame): boolean {
  if (!mainWindow || mainWindow.isDestroyed()) return false
  // Electron hands out one WebFrameMain object per frame, so identity tells the main frame from
  // an iframe that happens to show the same URL.
  return frame === mainWindow.webContents.mainFrame && isAllowedSender(frame.url, appOrigin)
}

function hardenSession(): void {
  const ses = session.defaultSession
  const csp = contentSecurityPolicy(devServer ? { devServer: new URL(devServer).origin } : {})
  ses.webRequest.onHeadersReceived((details, callback) => {
    // Drop any policy a response brought (names differ in case) so ours is the only one.
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } })
  })
  // Only the camera (video, never the microphone), only for our own window showing our own page:
  // a worker's photo and the gate's QR scan. No location, notifications, clipboard reads or else.
  const cameraForOwnPage = (contents: unknown, permission: string, videoOnly: boolean) =>
    permission === 'media' &&
    videoOnly &&
    mainWindow !== null &&
    !mainWindow.isDestroyed() &&
    contents === mainWindow.webContents &&
    isAppUrl(mainWindow.webContents.mainFrame.url, appOrigin)
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    const types = (details as { mediaTypes?: string[] } | undefined)?.mediaTypes ?? []
    callback(cameraForOwnPage(contents, permission, types.length > 0 && types.every((type) => type === 'video')))
  })
  ses.setPermissionCheckHandler((contents, permission, _origin, details) =>
    cameraForOwnPage(contents, permission, (details as { mediaType?: string } | undefined)?.mediaType === 'video')
  )
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')))
  mainWindow = win
  const contents = win.webContents
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    mainWindow = null
  })
  const loading = win.loadURL(devServer ?? APP_INDEX_URL)
  loading.catch((error: unknown) => console.error('[main] the counter page failed to load', error))
  return win
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  let backups: BackupSchedule | undefined
  // This PC's own database (本机数据), or — once paired — the office server through the link.
  const opened = await DeskBackend.open({
    dataDir,
    now: () => new Date(),
    openLocalCore: async (office) => {
      // 设置 → 多前台 → 本机作为办公室服务器: the same core, keeping its sessions for the counters.
      const serving = office ? { keepSessions: true, office } : {}
      const local = await Core.start({ dataDir, version: app.getVersion(), ...serving })
      backups = startBackupSchedule(local)
      backUpBeforeQuit(app, backups)
      return local
    },
    localCoreClosing: async () => {
      await backups?.stop({ backup: false })
    }
  })
  desk = opened
  // Another counter's change and the link coming or going reach our own window only.
  opened.onEvent((event) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event)
  })
  const local = opened.localCore
  console.log(
    `FrontDesk data folder: ${dataDir}${local?.mode === 'recovery' ? ' (database unavailable: recovery mode)' : ''}${local ? '' : ` (paired with ${opened.status().address ?? '?'})`}`
  )
  hardenSession()
  if (!devServer) protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir, contentSecurityPolicy()))
  // Bound before the page loads, so the renderer's first call already finds its handler.
  bindIpc(ipcMain, opened, createPrintAdapter({ pdfDir: join(dataDir, 'prints') }), isTrustedFrame)
  createWindow()
}

function fail(error: unknown): void {
  console.error('[main] FrontDesk could not start', error)
  dialog.showErrorBox('FrontDesk 无法启动', error instanceof Error ? error.message : String(error))
  app.exit(1)
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database beside the first: bring the first forward instead.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('quit', () => desk?.close())
  app.whenReady().then(start).catch(fail)
}
