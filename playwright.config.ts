import { defineConfig } from '@playwright/test'

/**
 * e2e: the real renderer in Debian's Chromium, on the loopback browser shell, against real
 * SQLite. The global setup builds the demo, empty and corrupt data once; every spec file then gets
 * its own copy served by its own processes on free ports (tests/e2e/fixtures.ts, serve.mjs), so no
 * spec sees another's writes. Specs import `test` from tests/e2e/fixtures. Never `playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Builds the data templates: the demo plays a year at the counter (about half a minute on a busy machine).
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  }
})
