import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/** Under `npm start` only: Vite's React refresh preamble is an inline script the production CSP forbids. */
const devCsp: Plugin = {
  name: 'frontdesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
}

const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@db': resolve(import.meta.dirname, 'db'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src')
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // index: the Electron app. web: the loopback browser shell. demo: the demo-data generator.
          // web and demo never import 'electron', so they run on plain Node.
          index: resolve(import.meta.dirname, 'electron/main/app/index.ts'),
          web: resolve(import.meta.dirname, 'electron/main/shell/web-entry.ts'),
          // server: the office server (several counters, one database), plain Node as well.
          server: resolve(import.meta.dirname, 'electron/main/office/server-entry.ts'),
          demo: resolve(import.meta.dirname, 'electron/main/tools/demo/demo-entry.ts'),
          bench: resolve(import.meta.dirname, 'electron/main/tools/bench/bench-entry.ts'),
          // verify: re-computes the hash chains of a data folder, read-only (npm run verify).
          verify: resolve(import.meta.dirname, 'electron/main/tools/verify/verify-entry.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    plugins: [react(), devCsp],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      // A smaller bundle parses faster at every start of the counter PC.
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } }
    }
  }
})
