// The time the e2e servers' clock starts at (demo data and shell alike): the suite sees the same
// calendar whatever day it runs. Override to try a month boundary: E2E_NOW=2026-12-01T09:00
export const E2E_NOW = process.env.E2E_NOW ?? '2026-06-15T10:00'
