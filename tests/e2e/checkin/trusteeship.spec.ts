import { expect, test, type Page } from '../fixtures'
import { DEMO, E2E_NOW, expectWorkbench, signIn } from '../helpers'

/**
 * 房屋托管 on the demo's trusteeship homes: the list under 入住办理 with its tags, 抄表 and 巡查登记
 * by their fixed keys (Alt+R, Alt+W) on the chosen row, the household file's 房屋托管 card and the
 * 工作台 card; and 登记托管 on the card of an older 托管 home that has no trusteeship record.
 */

const TODAY = E2E_NOW.slice(0, 10)

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

interface Summary {
  id: number
  roomId: number
  roomCode: string
  overLimit: unknown[]
  patrolDue: boolean
}

test('the trusteeship list records a reading and a patrol by keyboard; the household and the 工作台 show it', async ({
  page
}) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  const running = await callApi<Summary[]>(page, 'trusteeship.list', {})
  expect(running.length, 'the demo has homes in trusteeship').toBeGreaterThan(0)
  const first = running[0]!

  await page.goto(`${DEMO}#/checkin/trusteeship`)
  const list = page.getByTestId('trusteeship-list')
  await expect(list.locator('tr.ant-table-row')).toHaveCount(running.length)
  await expect(list.locator('tr.ant-table-row').first()).toContainText(first.roomCode)
  await expect(list.getByTestId('trusteeship-reading').first()).toContainText('Alt+R')

  // 抄表 on the chosen (first) row: below the latest reading is refused beside the meter (a meter does not
  // run backwards); the latest again, today, is recorded.
  type View = { readings: { kind: string; readingCenti: number; phase: string }[] }
  const view = await callApi<View>(page, 'trusteeship.get', { trusteeshipId: first.id })
  const start = view.readings.find((r) => r.phase === 'start')!
  const latest = view.readings.filter((r) => r.kind === start.kind).at(-1)!.readingCenti
  await page.keyboard.press('Alt+R')
  const reading = page.getByTestId('trusteeship-reading-dialog')
  const meter = reading.getByTestId(`trusteeship-meter-${start.kind}`)
  await expect(meter).toBeFocused()
  if (start.readingCenti > 0) {
    await meter.fill(((start.readingCenti - 1) / 100).toFixed(2))
    await meter.press('Enter')
    await expect(reading.locator('.ant-form-item-explain-error')).toContainText('表不会倒转')
  }
  await meter.fill((latest / 100).toFixed(2))
  await meter.press('Enter')
  await expect(reading).toBeHidden()
  const after = await callApi<View>(page, 'trusteeship.get', { trusteeshipId: first.id })
  expect(after.readings.length).toBe(view.readings.length + 1)

  // 巡查登记 (Alt+W): a weekly patrol today clears 待巡查.
  // Closing a dialog hands the focus back to the list, where the page's keys work again.
  await expect(list).toBeFocused()
  await page.keyboard.press('Alt+W')
  const patrol = page.getByTestId('trusteeship-patrol-dialog')
  await expect(patrol.getByTestId('trusteeship-patrolled-by')).toBeFocused()
  await patrol.getByTestId('trusteeship-patrolled-by').fill('保安 陈')
  await patrol.getByTestId('trusteeship-patrolled-by').press('Enter')
  await expect(patrol).toBeHidden()
  await expect(list.locator('tr.ant-table-row').first().getByTestId('trusteeship-patrol-due')).toHaveCount(0)
  await expect(list.locator('tr.ant-table-row').first()).toContainText(TODAY)

  // The household file's 房屋托管 card lists the patrol.
  await page.goto(`${DEMO}#/households/${first.roomId}`)
  await page.getByRole('tab', { name: '房屋托管' }).click()
  const card = page.getByTestId('trusteeship-card')
  await expect(card).toContainText('保安 陈')
  await expect(card).toContainText('每周巡查')

  // The 工作台 card: the homes over a limit or due a patrol, and no longer this one unless over a limit.
  await page.keyboard.press('Alt+1')
  const attention = await callApi<Summary[]>(page, 'trusteeship.attention', {})
  const workbench = page.getByTestId('trusteeship-attention')
  await expect(workbench).toBeVisible()
  await expect(workbench.locator('tr.ant-table-row')).toHaveCount(Math.min(attention.length, 8))
})

interface RoomRow {
  id: number
  code: string
  status: string
}

test('a home in 托管 without a record is registered from its household page, water and electricity required', async ({
  page
}) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  // The demo estate's own 托管 homes came with the seed, without trusteeship records.
  const buildings = await callApi<{ id: number }[]>(page, 'estate.buildings', {})
  const running = new Set((await callApi<Summary[]>(page, 'trusteeship.list', {})).map((t) => t.roomId))
  let room: RoomRow | undefined
  for (const building of buildings) {
    const rooms = await callApi<RoomRow[]>(page, 'estate.rooms', { buildingId: building.id })
    room = rooms.find((r) => r.status === 'trusteeship' && !running.has(r.id))
    if (room) break
  }
  expect(room, 'the demo has a 托管 home without a record').toBeDefined()

  await page.goto(`${DEMO}#/households/${room!.id}`)
  await page.getByRole('tab', { name: '房屋托管' }).click()
  const card = page.getByTestId('trusteeship-card')
  await expect(card).toContainText('还没有托管记录')
  await card.getByTestId('trusteeship-card-register').click()
  const dialog = page.getByTestId('trusteeship-register-dialog')
  const water = dialog.getByTestId('trusteeship-register-water')
  await expect(water).toBeFocused()
  await water.fill('35.5')
  await water.press('Enter')
  // Electricity is required: the form says so and nothing is sent.
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('必填')
  await dialog.getByTestId('trusteeship-register-electricity').fill('1204')
  await dialog.getByTestId('trusteeship-register-electricity').press('Enter')
  await expect(dialog).toBeHidden()

  await expect(card).toContainText(`${TODAY} 起托管`)
  await expect(card.getByTestId('trusteeship-card-reading')).toBeVisible()
  const view = await callApi<{
    readings: { kind: string; readingCenti: number; phase: string; readOn: string }[]
  } | null>(page, 'trusteeship.ofRoom', { roomId: room!.id })
  expect(view!.readings.map((r) => [r.kind, r.readingCenti, r.phase, r.readOn])).toEqual([
    ['water', 3550, 'start', TODAY],
    ['electricity', 120_400, 'start', TODAY]
  ])
})
