import { defineConfig } from '@playwright/test'

/**
 * `npm run test:electron`: the real Electron app, started from the build (out/main/index.js).
 * Separate from playwright.config.ts (the browser shell in Chromium) so neither picks up the
 * other's specs. Where the Electron binary is not installed the smoke test skips and says so.
 */
export default defineConfig({
  testDir: 'tests/electron-smoke',
  testMatch: '**/*.spec.ts',
  // One Electron app at a time: each holds its own data folder, and the machines have 2 cores.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/electron',
  reporter: [['list'], ['json', { outputFile: 'test-results/electron-report.json' }]]
})
