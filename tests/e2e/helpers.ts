import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { E2E_NOW as E2E_NOW_VALUE } from './clock.mjs'

export { E2E_NOW } from './clock.mjs'
/** The e2e servers' month, `YYYY-MM`, on their injected clock. */
export const E2E_MONTH = E2E_NOW_VALUE.slice(0, 7)

/** The kinds of data each spec file gets its own copy of (tests/e2e/serve.mjs builds them). */
export const DATA_KINDS = ['demo', 'empty', 'corrupt'] as const
export type DataKind = (typeof DATA_KINDS)[number]
export interface SpecServer {
  url: string
  dataDir: string
}

// Until ./fixtures.ts has started this spec file's servers (a spec that imports `test` from
// @playwright/test instead of ../fixtures): a URL nothing listens on, that says what is wrong.
const NOT_STARTED = 'http://127.0.0.1:9/import-test-from-tests-e2e-fixtures/'
let specServers: Record<DataKind, SpecServer> | undefined
/**
 * This spec file's own servers: `let` exports are live bindings, so `DEMO` read inside a test is the
 * URL ./fixtures.ts set for the running file (read them in tests, never at a spec's top level).
 */
export let DEMO = NOT_STARTED
export let EMPTY = NOT_STARTED
export let CORRUPT = NOT_STARTED

/** Called by ./fixtures.ts when a spec file's servers are up. */
export function useSpecServers(servers: Record<DataKind, SpecServer>): void {
  specServers = servers
  DEMO = servers.demo.url
  EMPTY = servers.empty.url
  CORRUPT = servers.corrupt.url
}

/** The data folder this spec file's server of that kind runs on (prints/, backups/, frontdesk.db). */
export function dataDir(kind: DataKind): string {
  if (!specServers) throw new Error('no e2e servers yet: import `test` from tests/e2e/fixtures')
  return specServers[kind].dataDir
}

/**
 * The page the demo shell kept of a print job (prints/<fileName>.html). A captured job is one whose
 * print has started; the shell writes its copy a moment later, so this waits for the file.
 */
export async function keptPrint(fileName: string): Promise<string> {
  const copy = join(dataDir('demo'), 'prints', `${fileName}.html`)
  await expect.poll(() => existsSync(copy), { message: `${copy} is kept` }).toBe(true)
  return readFileSync(copy, 'utf8')
}

export async function signIn(page: Page, username: string, password = 'demo1234') {
  await page.goto(DEMO)
  await page.getByTestId('sign-in-username').fill(username)
  await page.getByTestId('sign-in-password').fill(password)
  await page.getByTestId('sign-in-password').press('Enter')
}

export async function expectWorkbench(page: Page) {
  await expect(page.getByTestId('workbench-shift')).toBeVisible()
}

/** A valid resident ID (GB 11643 check digit) from its first 17 digits. */
export function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0)
  return first17 + '10X98765432'[sum % 11]!
}

/** A page as the renderer handed it to the bridge's print(). */
export interface CapturedPrint {
  html: string
  pageWidthMm: number
  pageHeightMm: number
  fileName?: string
}

/**
 * Keeps every job the page sends to the printer, for the test to read: the bridge object
 * (`window.frontdesk`, set by the shell's bridge script) is wrapped as it is set, so production
 * code carries nothing for the tests. Call before the page loads; the reader returns the jobs so far.
 */
export async function capturePrints(page: Page): Promise<() => Promise<CapturedPrint[]>> {
  await page.addInitScript(() => {
    type Bridge = { call: unknown; print: (job: unknown) => Promise<unknown> }
    const jobs: unknown[] = []
    let bridge: Bridge | undefined
    Object.defineProperty(globalThis, '__e2ePrints', { value: jobs })
    Object.defineProperty(globalThis, 'frontdesk', {
      configurable: true,
      get: () => bridge,
      set: (real: Bridge) => {
        bridge = Object.freeze({ ...real, print: (job: unknown) => (jobs.push(job), real.print(job)) })
      }
    })
  })
  return () => page.evaluate(() => (globalThis as unknown as { __e2ePrints: CapturedPrint[] }).__e2ePrints)
}

/**
 * Waits until the browser shell's print dialog has come and gone: the job is captured when the
 * print starts, but its frame takes the focus only after the copy is kept, so a key pressed before
 * the frame is gone would go to the frame (seen under load on CI machines).
 */
export async function printDialogDone(page: Page) {
  await expect(page.locator('body > iframe')).toHaveCount(1)
  await expect(page.locator('body > iframe')).toHaveCount(0)
}

/** Switches the signed-in person's language in 设置 → 界面语言 (from any language). */
export async function setLanguage(page: Page, language: 'en' | 'zh-CN') {
  await page
    .getByTestId('main-nav')
    .getByText(/设置|設定|Settings/)
    .click()
  await page.getByRole('tab', { name: /界面语言|介面語言|Language/ }).click()
  await page.getByTestId(`language-${language}`).click()
  await expect(page.getByTestId('main-nav')).toContainText(language === 'en' ? 'Settings' : '设置')
}

/**
 * Picks an option of an antd Select by its title and waits until the Select shows it: the options
 * come from a query, and a click while the list is still being filled can land on the list as it
 * re-renders (seen on a loaded CI machine), so the pick is made again until it holds.
 */
export async function pickOption(page: Page, selectTestId: string, title: string) {
  await expect(async () => {
    await page.getByTestId(selectTestId).click()
    await page.locator('.ant-select-dropdown:visible').getByTitle(title).click({ timeout: 2000 })
    await expect(page.getByTestId(selectTestId)).toContainText(title, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
}
