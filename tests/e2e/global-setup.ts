import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * Builds the demo, empty and corrupt data once per run, at E2E_NOW, into the template folders that
 * ./fixtures.ts copies for every spec file: copying is cheap, the demo is not (about half a minute).
 */
export default async function globalSetup(): Promise<void> {
  await promisify(execFile)(process.execPath, [join(__dirname, 'serve.mjs'), '--templates'], {
    maxBuffer: 64 * 1024 * 1024
  })
}
