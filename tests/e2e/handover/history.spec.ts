import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { capturePrints, DEMO, expectWorkbench, keptPrint, signIn } from '../helpers'
import { DENOMINATIONS_FEN } from '../../../shared/handover/types'
import { isMessageKey, message } from '../../../shared/messages'
import { handoverPaperZhCN as paperWords } from '../../../renderer/src/features/handover/paper/messages/zh-CN'

// Beside Playwright's own output folder (test-results/e2e), which it empties: the papers stay to be looked at.
const OUT = join('test-results', 'handover-e2e-papers')
const flat = (text: string) => text.replace(/\s+/g, '')
const NOTE = '3栋2单元1502业主明早九点来取钥匙，钥匙已放一号柜备用格，请核对身份证后交付'
const PEOPLE = [
  { username: 'clerk1', name: '李晓梅' },
  { username: 'clerk2', name: '赵雨婷' }
]

/** One procedure through the signed-in page's bridge (the test project has no DOM types). */
async function callApi<T>(page: Page, name: string, input: unknown, mutation = false): Promise<T> {
  return page.evaluate(
    async ({ name, input, mutation }) => {
      const session = sessionStorage.getItem('frontdesk.session') ?? undefined
      const meta = { session, ...(mutation ? { requestId: crypto.randomUUID() } : {}) }
      const result = await (globalThis as any).frontdesk.call(name, input, meta)
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.data
    },
    { name, input, mutation }
  ) as Promise<T>
}

/** Cash as notes and coins, the largest first. */
function piecesOf(fen: number): number[] {
  let rest = Math.max(0, fen)
  return DENOMINATIONS_FEN.map((d) => {
    const n = Math.floor(rest / d)
    rest -= n * d
    return n
  })
}

/**
 * The counter's open shift handed over through the API (the supervisor signed in, joining it) with
 * everything counted as expected but 10 元 short, an important note; the incoming clerk is whoever
 * of clerk1 and clerk2 does not hold the shift. Returns the record and both people.
 */
async function handOver(
  page: Page
): Promise<{ id: number; number: string; outgoing: string; incoming: (typeof PEOPLE)[number] }> {
  await signIn(page, 'super')
  await expectWorkbench(page)
  const summary = await callApi<any>(page, 'handover.summary', {})
  const incoming = PEOPLE.find((p) => p.name !== summary.shift.holderName)!
  const keys = summary.sections.find((s: any) => s.kind === 'keys')
  const expected = Math.max(0, summary.cashExpectedFen)
  const short = expected >= 1000 ? 1000 : 0
  const result = await callApi<any>(
    page,
    'handover.accept',
    {
      shiftId: summary.shift.id,
      cashPieces: piecesOf(expected - short),
      cashReason: short || expected !== summary.cashExpectedFen ? '找零时多找给业主10元，已电话联系业主' : '',
      keys: (keys?.cabinets ?? []).map((c: any) => ({ cabinetId: c.cabinetId, counted: c.expectedIn })),
      tools: summary.tools.map((t: any) => ({ name: t.name, counted: t.expected, heldBy: '' })),
      notes: NOTE,
      notesImportant: true,
      differencesAcknowledged: true,
      incoming: { username: incoming.username, password: 'demo1234' },
      cleaningOk: true
    },
    true
  )
  // The outgoing side's session ended with the handover: the incoming person signs in at the counter.
  await page.evaluate(() => sessionStorage.clear())
  return {
    id: result.handover.id,
    number: result.handover.number,
    outgoing: summary.shift.holderName as string,
    incoming
  }
}

/**
 * The sheet as the shell kept it (prints/<fileName>.html): put on A4 as PDF the way the printer
 * gets it (no margins), a PNG of each page beside it to look at, and its text.
 */
async function readBack(page: Page, fileName: string): Promise<{ text: string; pages: number; overflow: string[] }> {
  const kept = await keptPrint(fileName)
  mkdirSync(OUT, { recursive: true })
  const paper = await page.context().newPage()
  await paper.setContent(kept)
  // Nothing may be cut off at a sheet's bottom edge, and the page flow's estimate of each block
  // (data-mm) must hold in a real browser: it errs tall, never short.
  const overflow = await paper.evaluate(() => {
    const win = globalThis as any
    const mm = (px: number) => (px * 25.4) / 96
    const cut = [...win.document.querySelectorAll('.sheet')].flatMap((sheet: any, i: number) => {
      const limit = sheet.getBoundingClientRect().bottom - parseFloat(win.getComputedStyle(sheet).paddingBottom)
      const parts = [...sheet.children].filter((c: any) => !['foot', 'copy'].includes(c.className))
      return parts.some((c: any) => c.getBoundingClientRect().bottom > limit + 0.5) ? [`page ${i + 1} cut`] : []
    })
    const short = [...win.document.querySelectorAll('[data-mm]')]
      .filter((b: any) => mm(b.getBoundingClientRect().height) > Number(b.dataset.mm) + 0.3)
      .map((b: any) => `${b.textContent.slice(0, 12)}: ${b.dataset.mm} mm estimated`)
    return [...cut, ...short]
  })
  const pdf = join(OUT, `${fileName}.pdf`)
  await paper.pdf({ path: pdf, width: '210mm', height: '297mm', printBackground: true, margin: { top: '0' } })
  await paper.close()
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, pdf.replace(/\.pdf$/, '')])
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1])
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'), pages, overflow }
}

/** Presses the drawer's print button and waits until the job reached the shell; its file name. */
async function printSheet(page: Page, jobs: () => Promise<{ fileName?: string }[]>): Promise<string> {
  const before = (await jobs()).length
  const button = page.getByTestId('history-reprint')
  await button.click()
  await expect.poll(async () => (await jobs()).length).toBe(before + 1)
  // Done once the browser's print dialog has come and gone (the button waits for it).
  await expect(button).not.toHaveClass(/ant-btn-loading/)
  return (await jobs()).at(-1)!.fileName!
}

test('a handover’s notes wait on the incoming clerk’s 工作台 until read, and the history finds, shows and reprints it as a copy', async ({
  page
}) => {
  test.setTimeout(150_000)
  const jobs = await capturePrints(page)
  const record = await handOver(page)

  // 工作台: the important note, highlighted, until 已阅.
  await signIn(page, record.incoming.username)
  await expectWorkbench(page)
  const note = page.getByTestId(`handover-note-${record.id}`)
  await expect(note).toBeVisible()
  await note.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'workbench-notes-zh-CN.png') })
  await expect(note).toHaveAttribute('data-important', 'true')
  await expect(note).toContainText(NOTE)
  await expect(note).toContainText(record.number)
  await page.getByTestId(`handover-note-ack-${record.id}`).click()
  await expect(note).toHaveCount(0)

  // 交接记录: found by the number typed, opened from the keyboard.
  await page.keyboard.press('Alt+8')
  await page.getByRole('tab', { name: '交接记录' }).click()
  await expect(page).toHaveURL(/#\/handover\/history$/)
  await page.getByTestId('history-filter-text').locator('input').fill(record.number)
  await page.getByTestId('history-filter-text').locator('input').press('Enter')
  await expect(page.getByTestId('history-count')).toHaveText('共 1 条')
  const row = page.getByTestId(`history-row-${record.number}`)
  await expect(row).toContainText(`${record.outgoing} → ${record.incoming.name}`)
  await expect(row).toContainText('重要')
  // Out of the search field: ↑ ↓ and Enter are the list's.
  await page.getByTestId('history-count').click()
  await page.keyboard.press('Enter')
  const drawer = page.getByTestId('history-drawer')
  await expect(drawer.getByTestId('history-drawer-number')).toHaveText(record.number)
  await expect(page).toHaveURL(new RegExp(`#/handover/history/${record.id}$`))
  await expect(drawer.getByTestId('history-drawer-notes')).toHaveText(NOTE)
  await expect(drawer.getByTestId('history-acks')).toContainText(record.incoming.name)
  // The handover recorded its original (the screen prints it at once; here it was made through the API).
  await expect(drawer.getByTestId('history-prints')).toHaveText('已打印 1 次')
  await expect(drawer.getByTestId('history-sheet-preview')).toBeVisible()
  await page.screenshot({ path: join(OUT, 'history-drawer-zh-CN.png') })

  // 补打 is a copy; the sheet read back has every section the record holds.
  const view = await callApi<any>(page, 'handover.get', { id: record.id })
  const original = await printSheet(page, jobs)
  expect(original).toBe(`handover-${record.number}-copy-2`)
  const first = await readBack(page, original)
  expect(first.overflow).toEqual([])
  const paper = flat(first.text)
  expect(paper).toContain('交接班记录表')
  expect(paper).toContain('副本（第2份）')
  const titles = [
    ...view.sheet.sections.map((s: any) => (isMessageKey(s.titleKey) ? message('zh-CN', s.titleKey) : s.titleKey)),
    paperWords['handoverPaper.cash.title'],
    message('zh-CN', 'handover.section.tools'),
    paperWords['handoverPaper.cleaning.title'],
    paperWords['handoverPaper.notes.title'],
    paperWords['handoverPaper.check.title'],
    paperWords['handoverPaper.sign.title']
  ]
  for (const title of titles) expect(paper, title).toContain(flat(title))
  expect(paper).toContain(record.number)
  expect(paper).toContain(flat(`【重要】${NOTE}`))
  expect(paper).toContain(`接班人（签字）：${record.incoming.name}`)
  expect(paper).toContain(`第1页共${first.pages}页`)

  // Every copy is marked on every page and kept as its own PDF.
  await expect(drawer.getByTestId('history-prints')).toHaveText('已打印 2 次')
  await expect(drawer.getByTestId('history-reprint')).toContainText('补打（副本）')
  const copy = await printSheet(page, jobs)
  expect(copy).toBe(`handover-${record.number}-copy-3`)
  const second = await readBack(page, copy)
  expect(flat(second.text).split('副本（第3份）').length - 1).toBe(second.pages)
  await expect(drawer.getByTestId('history-prints')).toHaveText('已打印 3 次')

  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  await expect(page).toHaveURL(/#\/handover\/history$/)
})

test('the history filters by person and exports what it lists to Excel', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page.goto(`${DEMO}#/handover/history`)
  const count = page.getByTestId('history-count')
  await expect(count).not.toHaveText('共 0 条')
  await page.screenshot({ path: join(OUT, 'history-zh-CN.png') })
  const all = Number(/\d+/.exec((await count.textContent())!)![0])

  await page.getByTestId('history-filter-staff').click()
  await page.keyboard.type('陈建国')
  await page.keyboard.press('Enter')
  await expect(count).not.toHaveText(`共 ${all} 条`)
  const rows = page.getByTestId('history-table').locator('tbody tr[data-testid^="history-row-"]')
  await expect(rows.first()).toBeVisible()
  for (const text of await rows.allTextContents()) expect(text).toContain('陈建国')

  const download = page.waitForEvent('download')
  await page.keyboard.press('Alt+X')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
  await expect(page.locator('.ant-message-notice').filter({ hasText: '已导出' })).toBeVisible()
})
