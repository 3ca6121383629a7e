import { pathToFileURL } from 'node:url'

/**
 * A stand-in for the 'electron' module, just wide enough for the built main entry, print
 * adapter and preload. It records what they ask for so tests can check the wiring; nothing
 * here starts Chromium (the Electron binary cannot be downloaded on the build machines).
 */

type Listener = (...args: any[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  listener(event: string): Listener {
    const found = this.listeners.get(event)?.[0]
    if (!found) throw new Error(`no '${event}' listener registered`)
    return found
  }
}

export const FAKE_PDF = Buffer.from('%PDF-1.4\n% FrontDesk fake printToPDF\n%%EOF\n')

export interface FakeOptions {
  userData: string
  singleInstance?: boolean
  isPackaged?: boolean
}

export function createFakeElectron(options: FakeOptions) {
  const calls = {
    setPath: [] as Array<[string, string]>,
    quit: 0,
    exit: [] as number[],
    errorBoxes: [] as Array<[string, string]>,
    partitions: [] as string[],
    exposed: [] as Array<[string, unknown]>,
    invoked: [] as unknown[][],
    /** What the preload listens to (`ipcRenderer.on`): channel and listener. */
    rendererListeners: [] as Array<[string, (...args: unknown[]) => void]>,
    privilegedSchemes: [] as unknown[]
  }
  const paths = new Map<string, string>([['userData', options.userData]])
  let settled: { resolve: () => void; reject: (error: Error) => void } | undefined
  /** Resolves when the main window starts loading its page (the last step of start-up). */
  const started = new Promise<void>((resolve, reject) => (settled = { resolve, reject }))
  const printer = { outcome: { success: true, failureReason: '' } }

  class FakeWebContents extends Emitter {
    readonly mainFrame = { url: '' }
    windowOpenHandler: Listener | undefined
    readonly pdfOptions: unknown[] = []
    readonly printOptions: unknown[] = []
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler
    }
    async printToPDF(pdfOptions: unknown) {
      this.pdfOptions.push(pdfOptions)
      return FAKE_PDF
    }
    print(printOptions: unknown, callback: (success: boolean, failureReason: string) => void) {
      this.printOptions.push(printOptions)
      setImmediate(() => callback(printer.outcome.success, printer.outcome.failureReason))
    }
  }

  class FakeBrowserWindow extends Emitter {
    static readonly instances: FakeBrowserWindow[] = []
    readonly webContents = new FakeWebContents()
    destroyed = false
    shown = false
    loaded: string | undefined
    constructor(readonly options: any) {
      super()
      FakeBrowserWindow.instances.push(this)
    }
    async loadFile(path: string) {
      this.loaded = path
      this.webContents.mainFrame.url = pathToFileURL(path).href
      settled?.resolve()
    }
    async loadURL(url: string) {
      this.loaded = url
      this.webContents.mainFrame.url = url
      settled?.resolve()
    }
    show() {
      this.shown = true
    }
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      this.destroyed = true
    }
    isMinimized() {
      return false
    }
    restore() {}
    focus() {}
  }

  function fakeSession() {
    const handlers: Record<string, Listener> = {}
    return {
      handlers,
      webRequest: {
        onHeadersReceived: (fn: Listener) => (handlers.headersReceived = fn),
        onBeforeRequest: (fn: Listener) => (handlers.beforeRequest = fn)
      },
      setPermissionRequestHandler: (fn: Listener) => (handlers.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => (handlers.permissionCheck = fn)
    }
  }
  const defaultSession = fakeSession()
  const partitionSessions = new Map<string, ReturnType<typeof fakeSession>>()

  const app = Object.assign(new Emitter(), {
    isPackaged: options.isPackaged ?? false,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, value: string) => {
      calls.setPath.push([name, value])
      paths.set(name, value)
    },
    getVersion: () => '0.1.0-test',
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit: () => {
      calls.quit += 1
    },
    exit: (code: number) => calls.exit.push(code)
  })

  const ipcHandlers = new Map<string, Listener>()
  const protocolHandlers = new Map<string, Listener>()
  const electron = {
    app,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privilegedSchemes.push(...schemes),
      handle: (scheme: string, fn: Listener) => protocolHandlers.set(scheme, fn)
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => ipcHandlers.set(channel, fn) },
    session: {
      defaultSession,
      fromPartition: (name: string) => {
        calls.partitions.push(name)
        if (!partitionSessions.has(name)) partitionSessions.set(name, fakeSession())
        return partitionSessions.get(name)!
      }
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        calls.errorBoxes.push([title, content])
        settled?.reject(new Error(`the app showed an error box: ${title}: ${content}`))
      }
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => calls.exposed.push([key, api]) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        calls.invoked.push(args)
        return 'invoked'
      },
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        calls.rendererListeners.push([channel, listener]),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        calls.rendererListeners = calls.rendererListeners.filter(([c, l]) => c !== channel || l !== listener)
      }
    }
  }

  return {
    electron,
    calls,
    started,
    printer,
    ipcHandlers,
    protocolHandlers,
    defaultSession,
    partitionSessions,
    windows: FakeBrowserWindow.instances
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
