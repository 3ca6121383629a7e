import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { afterPack, electronBinaryPath, FUSES, fusesFor } from '../../../electron/tools/after-pack.mjs'

describe('the Electron fuses set at packaging', () => {
  it('turns off every way to run other code in the signed binary, and checks the asar', () => {
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.WasmTrapHandlers]: true
    })
    expect(Object.isFrozen(FUSES)).toBe(true)
  })

  it('decides every fuse @electron/fuses knows, so a new one fails packaging until chosen', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    for (const index of known) expect(FUSES, FuseV1Options[index as number]).toHaveProperty(String(index))
  })

  it('re-signs ad hoc only on macOS', () => {
    expect(fusesFor('win32').resetAdHocDarwinSignature).toBe(false)
    expect(fusesFor('linux').resetAdHocDarwinSignature).toBe(false)
    expect(fusesFor('darwin')).toMatchObject({ ...FUSES, resetAdHocDarwinSignature: true })
  })

  it('finds the executable electron-builder packed on each platform', () => {
    const packager = { executableName: 'frontdesk', appInfo: { productFilename: 'FrontDesk 物业前台' } }
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'win32', packager })).toBe(
      join('/d', 'FrontDesk 物业前台.exe')
    )
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'linux', packager })).toBe(
      join('/d', 'frontdesk')
    )
    expect(electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'darwin', packager })).toBe(
      join('/d', 'FrontDesk 物业前台.app')
    )
    expect(() => electronBinaryPath({ appOutDir: '/d', electronPlatformName: 'aix', packager })).toThrow(/no fuses/)
  })

  it('fails packaging loudly when the binary has no fuse wire (never packs an unfused app)', async () => {
    const packager = { executableName: 'package.json', appInfo: { productFilename: 'x' } }
    await expect(afterPack({ appOutDir: process.cwd(), electronPlatformName: 'linux', packager })).rejects.toThrow()
  })

  it('is the afterPack hook of electron-builder.yml, with asar on', () => {
    const config = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')
    expect(config).toMatch(/^afterPack: \.\/electron\/tools\/after-pack\.mjs$/m)
    expect(config).toMatch(/^asar: true$/m)
  })
})
