// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the packaged
// binary before it is signed. Fuses are bits in the executable itself, so no command line,
// environment variable or file beside the app can turn these protections off again.
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/**
 * Every fuse of the wire, decided: `strictlyRequireAllFuses` makes packaging fail when a newer
 * Electron adds one this list does not name, so a new fuse is chosen, never left at its default.
 */
export const FUSES = Object.freeze({
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed counter binary into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage are encrypted with the OS key store, not left readable on disk.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require a script) and --inspect/--remote-debugging would inject code at start.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds; an edited asar does not start.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: an app/ folder dropped beside it cannot replace the program.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No custom V8 snapshot: the default one is what Electron ships and signs.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app:// (electron/main/app/protocol.ts): file:// needs no extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; WebAssembly bounds checks stay hardware-assisted.
  [FuseV1Options.WasmTrapHandlers]: true
})

const EXTENSIONS = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }

/** The packaged executable, as electron-builder names it on each platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const ext = EXTENSIONS[electronPlatformName]
  if (ext === undefined) throw new Error(`afterPack: no fuses for platform ${electronPlatformName}`)
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename
  return join(appOutDir, `${name}${ext}`)
}

/** The fuse config for one platform: macOS binaries are re-signed ad hoc after the flip. */
export function fusesFor(electronPlatformName) {
  const mac = electronPlatformName === 'darwin' || electronPlatformName === 'mas'
  return { ...FUSES, resetAdHocDarwinSignature: mac }
}

export async function afterPack(context) {
  const binary = electronBinaryPath(context)
  await flipFuses(binary, fusesFor(context.electronPlatformName))
  console.log(`[after-pack] fuses set on ${binary}`)
}

export default afterPack
