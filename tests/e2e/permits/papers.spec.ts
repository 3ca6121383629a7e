import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { expect, test, type Page } from '../fixtures'
import dayjs from 'dayjs'
import {
  capturePrints,
  DEMO,
  E2E_NOW,
  printDialogDone,
  residentId,
  keptPrint,
  signIn,
  type CapturedPrint
} from '../helpers'
import { displayRoom, parseRoomQuery } from '../../../shared/domain/room-code'

// Beside Playwright's own output folder (test-results/e2e), which it empties: the papers stay to be looked at.
const OUT = join('test-results', 'permits-e2e-papers')
const flat = (text: string) => text.replace(/\s+/g, '')
const room = (code: string) => {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : code
}

/** One procedure through the signed-in page's bridge (the test project has no DOM types); a mutation carries a request id. */
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

/** A room of the demo with a current owner (and, when asked, no open renovation): the room and the owner's person id. */
async function roomWithOwner(page: Page, free = false): Promise<{ roomId: number; ownerId: number }> {
  const buildings = await callApi<any[]>(page, 'estate.buildings', {})
  for (const building of buildings) {
    const rooms = await callApi<any[]>(page, 'estate.rooms', { buildingId: building.id })
    for (const room of rooms.filter((r) => r.owners).slice(0, 5)) {
      const household = await callApi<any>(page, 'households.get', { roomId: room.id })
      const owner = household.current.find((r: any) => r.relation === 'owner')
      const busy = free && (await callApi<any[]>(page, 'renovations.list', { roomId: room.id, open: true })).length > 0
      if (owner && !busy) return { roomId: room.id, ownerId: owner.person.id }
    }
  }
  throw new Error('no room with a current owner in the demo data')
}

/** Presses a print button and waits until the job reached the shell and its dialog has gone; the job. */
async function printBy(page: Page, jobs: () => Promise<CapturedPrint[]>, testId: string): Promise<CapturedPrint> {
  const before = (await jobs()).length
  await page.getByTestId(testId).click()
  await expect.poll(async () => (await jobs()).length).toBe(before + 1)
  await printDialogDone(page)
  return (await jobs()).at(-1)!
}

/**
 * The paper as the shell kept it (prints/<fileName>.html), put on its own page size as PDF the way
 * the printer gets it (no margins), a PNG of each page beside it for a person to look at, its
 * text, and what the QR codes on it read (each SVG rasterised in the page, decoded with jsQR).
 */
async function readBack(page: Page, job: CapturedPrint): Promise<{ text: string; pages: number; qr: string[] }> {
  const kept = await keptPrint(job.fileName!)
  mkdirSync(OUT, { recursive: true })
  const paper = await page.context().newPage()
  await paper.setContent(kept)
  const pdf = join(OUT, `${job.fileName}.pdf`)
  await paper.pdf({
    path: pdf,
    width: `${job.pageWidthMm}mm`,
    height: `${job.pageHeightMm}mm`,
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  const side = 480
  const bitmaps = await paper.evaluate(async (side) => {
    const doc = (globalThis as any).document
    const out: number[][] = []
    for (const svg of doc.querySelectorAll('svg[data-part="qr"]')) {
      const image = new (globalThis as any).Image()
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`
      await image.decode()
      const canvas = doc.createElement('canvas')
      canvas.width = side
      canvas.height = side
      const g = canvas.getContext('2d')
      g.drawImage(image, 0, 0, side, side)
      out.push(Array.from(g.getImageData(0, 0, side, side).data as number[]))
    }
    return out
  }, side)
  await paper.close()
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')])
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1])
  const qr = bitmaps.map((b) => jsQR(Uint8ClampedArray.from(b), side, side)?.data ?? '')
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'), pages, qr }
}

/**
 * The office names its garbage-removal fee and deposit items (设置 → 证件) once, as a supervisor in
 * a tab of its own (sessions are per tab), when the data does not name them yet.
 */
async function ensureFeeItems(page: Page): Promise<void> {
  const office = await page.context().newPage()
  await signIn(office, 'super')
  await expect(office.getByTestId('header-staff')).toBeVisible()
  const settings = await callApi<any>(office, 'renovations.settings', {})
  if (!settings.garbageItemId || !settings.depositItemId) {
    const items = await callApi<any[]>(office, 'fees.items', {})
    const item = (name: string) => items.find((i) => i.name === name)?.id
    expect(item('装修垃圾清运费') && item('装修保证金'), 'the fees demo has the renovation items').toBeTruthy()
    const saved = { ...settings, garbageItemId: item('装修垃圾清运费'), depositItemId: item('装修保证金') }
    await callApi(office, 'renovations.saveSettings', saved, true)
  }
  await office.close()
}

const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

/**
 * A renovation taken through the api from application to permit in this test (reviewed, both
 * papers signed, the garbage fee and the deposit charged and paid at the counter), and a worker
 * added with a pass.
 */
async function newActiveRenovation(page: Page): Promise<any> {
  const mutate = <T>(name: string, input: unknown) => callApi<T>(page, name, input, true)
  const settings = await callApi<any>(page, 'renovations.settings', {})
  const { roomId, ownerId } = await roomWithOwner(page, true)
  const startsOn = E2E_NOW.slice(0, 10)
  let view = await mutate<any>('renovations.apply', {
    roomId,
    applicantPersonId: ownerId,
    contractor: {
      name: '上海美居装饰工程有限公司',
      licenceNo: '91310000MA1KE2E15X',
      leader: '刘建国',
      phone: '13912345678'
    },
    works: settings.works
      .filter((w: any) => !w.needsApproval)
      .map((w: any) => w.key)
      .slice(0, 3),
    startsOn,
    endsOn: dayjs(startsOn).add(30, 'day').format('YYYY-MM-DD')
  })
  const renovationId = view.id
  await mutate('renovations.review', { renovationId, result: 'pass', reviewer: '陈工' })
  await mutate('renovations.sign', { renovationId, document: 'agreement', signedBy: view.ownerName })
  await mutate('renovations.sign', { renovationId, document: 'safetyLetter', signedBy: '刘建国' })
  view = await mutate<any>('renovations.charge', { renovationId })
  const fees = [view.fees.garbage, view.fees.deposit].filter(Boolean)
  const amount = yuanText(fees.reduce((sum: number, f: any) => sum + f.amountFen, 0))
  await mutate('fees.pay', {
    roomId,
    receivableIds: fees.map((f: any) => f.receivableId),
    payerName: view.ownerName,
    payments: [{ method: 'cash', amount }],
    tendered: amount,
    expectedTotal: amount
  })
  return mutate<any>('renovations.issue', { renovationId })
}

/** A renovation of this test's making with a worker added and a pass issued. */
async function renovationWithNewPass(page: Page) {
  const mutate = <T>(name: string, input: unknown) => callApi<T>(page, name, input, true)
  const name = '周建平'
  let view = await mutate<any>('renovations.addWorker', {
    renovationId: (await newActiveRenovation(page)).id,
    name,
    idType: 'resident',
    idNumber: residentId('11010519800101123'),
    phone: '13800138123',
    trade: '水电工'
  })
  const worker = view.workers.find((w: any) => w.name === name)
  view = await mutate<any>('renovations.issuePass', { workerId: worker.id })
  const pass = view.workers.find((w: any) => w.id === worker.id).passes[0]
  return { view, pass, name }
}

test('the permit (A4) and the pass cards of an active renovation print with number, check code and room; their QR codes read back', async ({
  page
}) => {
  // Ten or more api steps, two prints and their read-back (PDF, QR decoding) outlast the default 30 s.
  test.setTimeout(120_000)
  const jobs = await capturePrints(page)
  await ensureFeeItems(page)
  // The cashier may also take the fees at the counter.
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const { view, pass, name } = await renovationWithNewPass(page)
  const permit = view.permits[0]
  await page.goto(`${DEMO}#/permits/${view.id}`)

  const permitJob = await printBy(page, jobs, 'renovation-print-permit')
  expect([permitJob.pageWidthMm, permitJob.pageHeightMm]).toEqual([210, 297])
  const printed = await readBack(page, permitJob)
  expect(printed.pages).toBe(1)
  const text = flat(printed.text)
  expect(text).toContain('装修施工许可证')
  expect(text).toContain(permit.number)
  expect(text).toContain(`校验码${permit.checkCode}`)
  expect(text).toContain(flat(room(view.roomCode)))
  expect(text).toContain(flat(view.contractor.name))
  expect(text).toContain('扫码或输入证号与校验码核验')
  if (permit.edition > 1) expect(text).toContain(`第${permit.edition}版`)
  expect(printed.qr).toEqual([permit.payload])

  const passJob = await printBy(page, jobs, 'renovation-print-passes')
  const cards = await readBack(page, passJob)
  const cardText = flat(cards.text)
  expect(cardText).toContain('施工人员临时出入证')
  expect(cardText).toContain(pass.number)
  expect(cardText).toContain(pass.checkCode)
  expect(cardText).toContain(flat(name))
  expect(cardText).toContain(flat(room(view.roomCode)))
  expect(cards.qr).toContain(pass.payload)
  // Ten cards to a sheet.
  expect(cards.pages).toBe(Math.ceil(cards.qr.length / 10))
})

test('a goods-release slip prints on the 80 mm roll and on A6 with number, check code, room and items', async ({
  page
}) => {
  // Ten or more api steps, two prints and their read-back (PDF, QR decoding) outlast the default 30 s.
  test.setTimeout(120_000)
  const jobs = await capturePrints(page)
  await signIn(page, 'clerk1')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const { roomId, ownerId } = await roomWithOwner(page)
  const release = await callApi<any>(
    page,
    'releases.create',
    {
      roomId,
      applicantKind: 'owner',
      applicantPersonId: ownerId,
      items: [
        { name: '旧沙发', quantity: 1 },
        { name: '纸箱', quantity: 6 }
      ],
      plate: '沪A12345'
    },
    true
  )
  await page.goto(`${DEMO}#/permits/releases/${release.id}`)

  const thermal = await printBy(page, jobs, 'release-print-80mm')
  expect(thermal.pageWidthMm).toBe(80)
  const slip = await readBack(page, thermal)
  expect(slip.pages).toBe(1)
  const text = flat(slip.text)
  for (const part of ['物品放行条', release.number, `校验码${release.paper.checkCode}`, flat(room(release.roomCode))])
    expect(text).toContain(part)
  for (const part of ['旧沙发', '纸箱', '沪A12345', '门岗核验后收回', '共2种7件']) expect(text).toContain(part)
  expect(slip.qr).toEqual([release.paper.payload])

  const a6 = await printBy(page, jobs, 'release-print-a6')
  expect([a6.pageWidthMm, a6.pageHeightMm]).toEqual([105, 148])
  const small = await readBack(page, a6)
  expect(small.pages).toBe(1)
  expect(flat(small.text)).toContain(release.number)
  expect(flat(small.text)).toContain(release.paper.checkCode)
})

test('the permit of a suspended or revoked renovation is refused with a message and nothing is printed', async ({
  page
}) => {
  // Ten or more api steps, two prints and their read-back (PDF, QR decoding) outlast the default 30 s.
  test.setTimeout(120_000)
  const jobs = await capturePrints(page)
  await ensureFeeItems(page)
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const active = await newActiveRenovation(page)
  const halted = await callApi<any>(
    page,
    'renovations.suspend',
    { renovationId: active.id, reason: '违规拆改，停工整改' },
    true
  )
  expect(halted.status).toBe('suspended')
  await page.goto(`${DEMO}#/permits/${halted.id}`)
  await page.getByTestId('renovation-print-permit').click()
  await expect(page.locator('.ant-message-error')).toContainText(`装修 ${halted.number} 当前为`)
  await expect(page.locator('.ant-message-error')).toContainText('不能打印装修施工许可证')
  expect(await jobs()).toHaveLength(0)
})
