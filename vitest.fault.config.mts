import { defineConfig } from 'vitest/config'
import base from './vitest.config.mjs'

/**
 * `npm run test:fault`: the whole fault suite (tests/fault) — the slow cases (`*.fault.test.ts`:
 * the kill -9 loop, the sign-in timing runs) that `npm test` leaves out, and the fast ones
 * (`*.fast.test.ts`) that `npm test` runs too. The main config's settings with the lists replaced
 * (mergeConfig would append them, and the main config excludes the slow cases).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/fault/**/*.test.ts'],
    exclude: ['node_modules/**'],
    outputFile: { json: 'test-results/fault-report.json' }
  }
})
