import { expect, type Page } from '@playwright/test'
import { E2E_NOW as E2E_NOW_VALUE } from './clock.mjs'

export { E2E_NOW } from './clock.mjs'
/** The e2e servers' month, `YYYY-MM`, on their injected clock. */
export const E2E_MONTH = E2E_NOW_VALUE.slice(0, 7)
export const DEMO = 'http://127.0.0.1:5311/'
export const EMPTY = 'http://127.0.0.1:5312/'
export const CORRUPT = 'http://127.0.0.1:5313/'

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
