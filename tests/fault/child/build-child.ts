import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..', '..', '..')

/**
 * Builds a child script for plain Node the way electron-vite builds the shells' entries (the same
 * aliases; the migrations' `import.meta.glob` needs Vite), with the packages left outside the
 * bundle. The output sits under node_modules/.cache so Node finds better-sqlite3 from it; each
 * build has its own folder, since several engineers may run the suite at once.
 */
export async function buildChild(entry: string): Promise<{ script: string; cleanup: () => void }> {
  const cache = join(root, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const outDir = mkdtempSync(join(cache, 'frontdesk-fault-'))
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: {
      alias: {
        '@shared': join(root, 'shared'),
        '@db': join(root, 'db'),
        '@renderer': join(root, 'renderer/src')
      }
    },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } }
    }
  })
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '')
  return { script: join(outDir, `${name}.mjs`), cleanup: () => rmSync(outDir, { recursive: true, force: true }) }
}
