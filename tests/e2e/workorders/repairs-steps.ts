import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '../fixtures'
import { dataDir, type CapturedPrint } from '../helpers'

/** The repairs specs' steps: dialogs by their keys, registering an order, papers read back, a later clock. */

export const OUT = join('test-results', 'e2e', 'repairs')

/** For a screenshot: the drawer's and the dialog's slide-in and the messages are over. */
export async function settle(page: Page) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await page.waitForTimeout(400)
}

export type Focus = { document: { activeElement: { closest(selector: string): unknown } | null } }
/** Whether the focus is still in a (closing) dialog: the page's keys answer only once it is out. */
export const focusInDialog = (page: Page) =>
  page.evaluate(() => Boolean((globalThis as unknown as Focus).document.activeElement?.closest('.ant-modal-root')))

type FocusText = {
  document: { activeElement: { closest(selector: string): { textContent: string | null } | null } | null }
}
/** The dialog the focus is in, by its text ('' when the focus is outside every dialog): a failure says which. */
export const dialogWithFocus = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as FocusText).document.activeElement
        ?.closest('.ant-modal-root')
        ?.textContent?.slice(0, 120) ?? ''
  )

/** Moves to a route of the app (`#/workorders/visits`) without reloading it. */
export async function goTo(page: Page, route: string) {
  await page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), route)
}

export const drawerStatus = (page: Page) =>
  page.getByTestId('workorder-drawer').locator('[data-testid^="workorder-status-"]')

/** A step's dialog by its key; `fill` types into it; its OK button saves. */
export async function step(
  page: Page,
  key: string,
  action: string,
  fill: (page: Page) => Promise<void> = async () => {}
) {
  await page.keyboard.press(key)
  const dialog = page.getByTestId(`workorder-${action}-dialog`)
  const ok = page.getByTestId(`workorder-${action}-dialog-ok`)
  await expect(ok).toBeVisible()
  await fill(page)
  await ok.click()
  await expect(dialog).toBeHidden()
  // The keyboard goes on from the drawer's next step.
  await expect.poll(() => dialogWithFocus(page)).toBe('')
}

/** F2 on 工作单: the room found by its code, then what the caller fills; F9 registers and the order opens. */
export async function register(page: Page, room: string, fill: (page: Page) => Promise<void>): Promise<string> {
  // The tab's keys are bound once it is on screen (a key pressed while the page mounts is lost).
  await expect(page.getByTestId('workorders-new')).toBeEnabled()
  await page.keyboard.press('F2')
  await expect(page.getByTestId('workorder-new-room')).toBeFocused()
  await page.keyboard.type(room)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('workorder-new-room-found')).toContainText(room)
  await fill(page)
  await page.keyboard.press('F9')
  await expect(page.getByTestId('workorder-new-dialog')).toBeHidden()
  await expect(page.getByTestId('workorder-drawer')).toBeVisible()
  const number = (await page.getByTestId('workorder-number').textContent())!
  expect(number).toMatch(/^WX\d{4}-\d{6}$/)
  return number
}

export async function chooseCategory(page: Page, name: string) {
  await page.getByTestId('workorder-new-category').click()
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('workorder-new-category')).toContainText(name)
}

/** The printed work order, saved as an A5 PDF and read back with pdftotext (and a PNG to look at). */
export async function paperText(page: Page, job: CapturedPrint, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, `${name}.pdf`)
  const paper = await page.context().newPage()
  await paper.setContent(job.html)
  await paper.pdf({
    path: pdf,
    width: `${job.pageWidthMm}mm`,
    height: `${job.pageHeightMm}mm`,
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  await paper.close()
  // The paper's page took the browser's focus: the app's page gets it back for the keys that follow.
  await page.bringToFront()
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/)
  // Letter-spaced titles come back in pieces: compare without white space.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8').replace(/\s+/g, '')
}

/**
 * A second shell on a copy of this file's demo data, its clock days later: the way to see a
 * deadline pass in e2e (the injected clock starts at E2E_NOW and runs on from there).
 */
export async function serveLater(now: string): Promise<{ url: string; stop: () => void }> {
  const copy = `${dataDir('demo')}-later`
  rmSync(copy, { recursive: true, force: true })
  cpSync(dataDir('demo'), copy, { recursive: true })
  const child: ChildProcess = spawn(
    process.execPath,
    [join('out', 'main', 'web.js'), '--data-dir', copy, '--port', '0', '--now', now],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`later shell did not listen\n${output}`)), 60_000)
    child.stdout!.on('data', (c: Buffer) => {
      output = (output + c.toString()).slice(-4000)
      const m = /FrontDesk running at (\S+)/.exec(output)
      if (!m) return
      clearTimeout(timer)
      resolve(m[1]!.endsWith('/') ? m[1]! : `${m[1]}/`)
    })
  })
  return { url, stop: () => void child.kill('SIGTERM') }
}
