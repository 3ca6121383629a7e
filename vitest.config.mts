import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@db': resolve(import.meta.dirname, 'db'),
      '@renderer': resolve(import.meta.dirname, 'renderer/src')
    }
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The slow fault cases run in `npm run test:fault` (vitest.fault.config.mts); the fast ones run here too.
    exclude: ['tests/e2e/**', 'tests/fault/**/*.fault.test.ts', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' },
    testTimeout: 20000,
    hookTimeout: 60000
  }
})
