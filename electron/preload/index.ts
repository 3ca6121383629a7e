import { contextBridge, ipcRenderer } from 'electron'
import type { CallMeta, FrontDeskBridge, PrintJob } from '../../shared/kernel/bridge'

/**
 * The whole of what the renderer can reach: two functions over two fixed channels. No
 * ipcRenderer, no process.env, no generic "send anything" (the toolkit's electronAPI): a page
 * that went wrong can ask the core only what any signed-in screen could ask, and the main
 * process checks the sending frame again. The channel names match electron/main/ipc.ts (importing
 * them would pull main-process code into the preload bundle).
 */
const bridge: FrontDeskBridge = {
  call: (procedure: string, input: unknown, meta: CallMeta) =>
    ipcRenderer.invoke('frontdesk:call', procedure, input, meta),
  print: (job: PrintJob) => ipcRenderer.invoke('frontdesk:print', job),
  // Events only from the main process on one fixed channel; the listener gets the value, never the IPC event.
  onEvent: (listener: (event: unknown) => void) => {
    const forward = (_: unknown, event: unknown) => listener(event)
    ipcRenderer.on('frontdesk:event', forward)
    return () => {
      ipcRenderer.removeListener('frontdesk:event', forward)
    }
  }
}

contextBridge.exposeInMainWorld('frontdesk', bridge)
