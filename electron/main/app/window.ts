/**
 * The security settings of the counter window and the checks on where it may go and who may
 * talk to the core. Plain data and pure functions, so they are unit-tested without Electron;
 * `electron/main/index.ts` hands them to the real BrowserWindow and event handlers.
 */

/** Same field names as Electron's WebPreferences, kept as a plain object so no electron import is needed. */
export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webviewTag: false
  webSecurity: true
  allowRunningInsecureContent: false
  spellcheck: false
  navigateOnDragDrop: false
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    // The renderer shows data typed in at the counter (names, addresses): if anything ever
    // slipped past React's escaping, it must find no Node, no ipcRenderer, only the bridge.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    // The spellchecker downloads dictionaries and underlines Chinese names: no use at a counter.
    spellcheck: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false
  }
}

export interface MainWindowOptions {
  width: number
  height: number
  minWidth: number
  minHeight: number
  show: false
  backgroundColor: string
  title: string
  autoHideMenuBar: true
  webPreferences: SecureWebPreferences
}

export function mainWindowOptions(preloadPath: string): MainWindowOptions {
  return {
    width: 1280,
    height: 800,
    // Below 1024×700 the fee and receipt tables no longer fit beside the household panel.
    minWidth: 1024,
    minHeight: 700,
    // Shown on 'ready-to-show' so staff never see a blank white frame.
    show: false,
    backgroundColor: '#f5f5f5',
    title: 'FrontDesk 物业前台',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath)
  }
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value === '') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/**
 * True only for the app's own pages. `appOrigin` is what index.ts loads: the electron-vite dev
 * server URL (ELECTRON_RENDERER_URL, e.g. http://localhost:5173) or app://frontdesk/index.html
 * (protocol.ts). The app:// page and a file:// one allow that one page only (any hash or query,
 * since the router lives in the hash): nothing else is a page of ours. A dev-server app allows
 * its exact origin (scheme, host and port).
 */
export function isAppUrl(url: unknown, appOrigin: unknown): boolean {
  const target = parseUrl(url)
  const app = parseUrl(appOrigin)
  if (!target || !app) return false
  if (app.protocol === 'app:') {
    return (
      target.protocol === 'app:' &&
      target.host === app.host &&
      target.username === '' &&
      target.password === '' &&
      target.pathname === app.pathname &&
      app.pathname === '/index.html'
    )
  }
  if (app.protocol === 'file:') {
    return (
      target.protocol === 'file:' &&
      target.host === app.host &&
      target.pathname === app.pathname &&
      app.pathname.endsWith('/index.html')
    )
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false
  // URL.origin compares scheme, host and port together; username/password never belong to the app.
  return target.origin === app.origin && target.username === '' && target.password === ''
}

/**
 * Whether an IPC message may come from a frame at `frameUrl`. The same rule as navigation:
 * only the app's own page; an empty URL (a frame still loading or about:blank) is refused.
 * The caller also checks that the frame is the main frame of our window: an iframe showing
 * the app's own URL must not borrow its rights.
 */
export function isAllowedSender(frameUrl: unknown, appOrigin: unknown): boolean {
  return isAppUrl(frameUrl, appOrigin)
}
