import { defineConfig } from '@playwright/test'

/**
 * e2e: the real renderer in Debian's Chromium, on the loopback browser shell, against real
 * SQLite. Each server gets a fresh data folder (see tests/e2e/serve.mjs). Never `playwright install`.
 */
const server = (kind: string, port: number) => ({
  command: `node tests/e2e/serve.mjs ${kind} ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  // The demo plays a year at the counter through the services (about half a minute on a busy machine).
  timeout: 150_000,
  stdout: 'ignore' as const
})

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
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
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  webServer: [server('demo', 5311), server('empty', 5312), server('corrupt', 5313)]
})
