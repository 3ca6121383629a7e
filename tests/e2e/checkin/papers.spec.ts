import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { capturePrints, DEMO, keptPrint, signIn } from '../helpers'
import { displayRoom, parseRoomQuery } from '../../../shared/domain/room-code'
import { formatArea } from '../../../shared/domain/area'
import { checkinZhCN as words } from '../../../shared/checkin/messages'

// Beside Playwright's own output folder (test-results/e2e), which it empties: the papers stay to be looked at.
const OUT = join('test-results', 'checkin-e2e-papers')
const flat = (text: string) => text.replace(/\s+/g, '')

/** A document as the papers word it (the owner's ID is the principal's in the agent case). */
const documentWord = (checkinCase: string, key: string) =>
  key === 'ownerId' && checkinCase === 'agent'
    ? words['audit.checkin.doc.principalId']
    : (words as Record<string, string>)[`audit.checkin.doc.${key}`]!

/** One procedure through the signed-in page's bridge (the test project has no DOM types). */
async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ name, input }) => {
      const session = sessionStorage.getItem('frontdesk.session') ?? undefined
      const result = await (globalThis as any).frontdesk.call(name, input, { session })
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.data
    },
    { name, input }
  ) as Promise<T>
}

/** A finished check-in of the demo: one whose defects became work orders (and, when asked, one in trusteeship). */
async function finishedCheckin(page: Page, want: { trusteeship?: boolean } = {}) {
  const done = await callApi<any[]>(page, 'checkin.list', { status: 'done', limit: 2000 })
  const fits = done.filter((c) => (want.trusteeship ? c.outcome === 'trusteeship' : c.defects > 0))
  const pick = fits[0] ?? done[0]
  expect(pick, 'the demo has finished check-ins').toBeDefined()
  const view = await callApi<any>(page, 'checkin.get', { checkinId: pick.id })
  const orders = await Promise.all(
    (view.workOrderIds as number[]).map((workOrderId) => callApi<any>(page, 'workOrders.get', { workOrderId }))
  )
  return { view, orders }
}

/**
 * The paper as the shell kept it (prints/<fileName>.html): put on A4 as PDF the way the printer
 * gets it (no margins), a PNG of each page beside it for a person to look at, and its text.
 */
async function readBack(page: Page, fileName: string): Promise<{ text: string; pages: number }> {
  const kept = await keptPrint(fileName)
  mkdirSync(OUT, { recursive: true })
  const paper = await page.context().newPage()
  await paper.setContent(kept)
  const pdf = join(OUT, `${fileName}.pdf`)
  await paper.pdf({
    path: pdf,
    width: '210mm',
    height: '297mm',
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  await paper.close()
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, pdf.replace(/\.pdf$/, '')])
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1])
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'), pages }
}

/** Presses a paper's print button and waits until the job reached the shell; its file name. */
async function printBy(page: Page, jobs: () => Promise<{ fileName?: string }[]>, testId: string): Promise<string> {
  const before = (await jobs()).length
  await page.getByTestId(testId).click()
  await expect.poll(async () => (await jobs()).length).toBe(before + 1)
  return (await jobs()).at(-1)!.fileName!
}

const room = (code: string) => {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : code
}

test('the handover form of a finished check-in prints every section with its data, read back from the kept copy', async ({
  page
}) => {
  const jobs = await capturePrints(page)
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const { view, orders } = await finishedCheckin(page)
  await page.goto(`${DEMO}#/checkin/${view.id}`)
  const fileName = await printBy(page, jobs, 'finished-print-handover')
  expect(fileName).toBe(`checkin-${view.roomCode}-handover`)

  const { text, pages } = await readBack(page, fileName)
  expect(pages).toBeLessThanOrEqual(2)
  const paper = flat(text)
  for (const section of ['一、验明资料', '二、签署协议', '三、移交钥匙和物品', '四、水电气底数', '五、房屋质量验收'])
    expect(paper).toContain(section)
  for (const section of ['六、缺陷及维修工作单', '七、房屋托管', '八、签字确认']) expect(paper).toContain(section)
  expect(paper).toContain('房屋质量验收登记表（交接单）')
  expect(paper).toContain(flat(room(view.roomCode)))
  expect(paper).toContain(flat(view.ownerNames))
  expect(paper).toContain(`${formatArea(view.roomAreaCenti)}平方米`)
  // Cells of a table come out of pdftotext one by one, so each value is looked for on its own.
  for (const d of view.steps.identity.documents) expect(paper).toContain(flat(documentWord(view.case, d.key)))
  expect(paper).toContain('☑已核验')
  for (const a of view.steps.agreements.signed) {
    const name = view.settings.agreements.find((s: any) => s.key === a.key)?.name ?? a.key
    expect(paper).toContain(flat(name))
  }
  for (const i of view.steps.items.items) {
    const name = view.settings.items.find((s: any) => s.key === i.key)?.name ?? i.key
    expect(paper).toContain(flat(name))
  }
  for (const r of view.steps.meters.readings) {
    expect(paper).toContain(formatArea(r.reading))
    if (r.meterNumber) expect(paper).toContain(flat(r.meterNumber))
  }
  const defects = view.steps.inspection.lines.filter((l: any) => l.result === 'defect')
  expect(paper).toContain(`共${view.steps.inspection.lines.length}项`)
  for (const d of defects) expect(paper).toContain(flat(d.description))
  for (const o of orders) expect(paper).toContain(o.number)
  expect(paper).toContain(view.steps.trusteeship.wanted ? '是：业主暂不入住' : '是否托管')
  for (const line of ['业主（签字）', '验收人', '客服']) expect(paper).toContain(line)
  if (view.steps.inspection.inspector) expect(paper).toContain(`验收人：${flat(view.steps.inspection.inspector)}`)
})

test('the notice, the registration form, the key receipt and the trusteeship agreement print from the check-in screens', async ({
  page
}) => {
  const jobs = await capturePrints(page)
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()

  // 入住通知单 of the first room ready for handover, ticked in the 入住办理 list.
  await page.goto(`${DEMO}#/checkin`)
  const candidates = page.getByTestId('checkin-candidates')
  await candidates.locator('tbody .ant-checkbox-input').first().check()
  const notice = await readBack(page, await printBy(page, jobs, 'checkin-print-notices'))
  expect(flat(notice.text)).toContain('入住通知单')
  expect(flat(notice.text)).toContain('委托代理：委托人身份证、入住通知单、购房合同、委托书、受托人身份证')
  expect(flat(notice.text)).toContain('合计（元）')

  // The other papers from the steps of a finished check-in in trusteeship.
  const { view } = await finishedCheckin(page, { trusteeship: true })
  await page.goto(`${DEMO}#/checkin/${view.id}`)
  const steps = page.getByTestId('checkin-steps').locator('.ant-steps-item')
  const papers: [number, string, string][] = [
    [1, 'checkin-print-registration', '住户登记表'],
    [3, 'checkin-print-keys', '钥匙签收表'],
    // 房屋托管 is asked before 入住收费 (its answer prices the property fee): the seventh step.
    [6, 'checkin-print-trusteeship', '房屋托管协议']
  ]
  for (const [step, testId, title] of papers) {
    if (testId === 'checkin-print-trusteeship' && !view.steps.trusteeship?.wanted) continue
    await steps.nth(step).click()
    const { text, pages } = await readBack(page, await printBy(page, jobs, testId))
    expect(pages).toBe(1)
    expect(flat(text)).toContain(title)
    expect(flat(text)).toContain(flat(room(view.roomCode)))
  }
})
