// Types for the plain-JavaScript build hook (electron-builder loads the .mjs as it is).
import type { FuseConfig } from '@electron/fuses'

export interface PackContext {
  appOutDir: string
  electronPlatformName: string
  packager: { executableName: string; appInfo: { productFilename: string } }
}
export declare const FUSES: Readonly<FuseConfig & { strictlyRequireAllFuses: true }>
export declare function electronBinaryPath(context: PackContext): string
export declare function fusesFor(electronPlatformName: string): FuseConfig & { resetAdHocDarwinSignature: boolean }
export declare function afterPack(context: PackContext): Promise<void>
export default afterPack
