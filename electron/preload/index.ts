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
  print: (job: PrintJob) => ipcRenderer.invoke('frontdesk:print', job)
}

contextBridge.exposeInMainWorld('frontdesk', bridge)
