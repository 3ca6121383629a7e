import { expect, test, type Page } from '../fixtures'
import { DEMO, expectWorkbench, signIn } from '../helpers'

/**
 * 放行核验 on slips issued in the test through the api: VALID then ALREADY USED after F8, REVOKED
 * for a revoked one, UNKNOWN for a made-up number, FORGED for a payload with one character
 * changed; and with gate.check cut off, the verdict from the kept register under 离线核验, the
 * confirmation queued and sent once the desk answers again.
 */

test.describe.configure({ mode: 'serial' })

interface Slip {
  id: number
  number: string
  paper: { payload: string; checkCode: string }
}

/** One procedure through the signed-in page's bridge (the test project has no DOM types). */
async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ name, input }) => {
      const session = sessionStorage.getItem('frontdesk.session') ?? undefined
      const requestId = crypto.randomUUID()
      const result = await (globalThis as any).frontdesk.call(name, input, { session, requestId })
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.data
    },
    { name, input }
  ) as Promise<T>
}

/** The first room of the demo with a current owner (a person): the slips are the owner's. */
async function ownerRoom(page: Page): Promise<{ roomId: number; ownerId: number }> {
  const buildings = await callApi<{ id: number }[]>(page, 'estate.buildings', {})
  for (const building of buildings) {
    const rooms = await callApi<{ id: number }[]>(page, 'estate.rooms', { buildingId: building.id })
    for (const room of rooms.slice(0, 10)) {
      const household = await callApi<{ current: { relation: string; person: { id: number; kind: string } }[] }>(
        page,
        'households.get',
        { roomId: room.id }
      )
      const owner = household.current.find((r) => r.relation === 'owner' && r.person.kind === 'person')
      if (owner) return { roomId: room.id, ownerId: owner.person.id }
    }
  }
  throw new Error('the demo has no room with an owner')
}

async function issueSlip(page: Page, room: { roomId: number; ownerId: number }, item: string): Promise<Slip> {
  return callApi<Slip>(page, 'releases.create', {
    roomId: room.roomId,
    applicantKind: 'owner',
    applicantPersonId: room.ownerId,
    items: [{ name: item, quantity: 2 }],
    plate: '粤B12345'
  })
}

const verdict = (page: Page) => page.getByTestId('gate-verdict')

/** What a USB scanner does: the text typed into the field that has the focus, then Enter. */
async function scan(page: Page, text: string) {
  await expect(page.getByTestId('gate-input')).toBeFocused()
  await page.keyboard.insertText(text)
  await page.keyboard.press('Enter')
}

test('the gate check: valid then used after F8, revoked, unknown, forged, and offline from the register', async ({
  page
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const room = await ownerRoom(page)
  const used = await issueSlip(page, room, '旧沙发')
  const revoked = await issueSlip(page, room, '衣柜')
  await callApi(page, 'releases.revoke', { releaseId: revoked.id, reason: '申请人取消' })
  const offline = await issueSlip(page, room, '冰箱')

  await page.goto(`${DEMO}#/permits/gate`)
  await expect(page.getByTestId('gate-register-time')).toContainText('名单更新于')

  await scan(page, used.paper.payload)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid')
  await expect(page.getByTestId('gate-verdict-word')).toHaveText('有效')
  await expect(page.getByTestId('gate-verdict-details')).toContainText('旧沙发 × 2')
  await expect(page.getByTestId('gate-verdict-details')).toContainText('粤B12345')
  await page.keyboard.press('F8')
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'used')
  await expect(page.getByTestId('gate-verdict-reason')).toContainText('李晓梅')
  // Scanned again: the desk says ALREADY USED, with when and by whom.
  await scan(page, used.paper.payload)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'used')
  await expect(page.getByTestId('gate-verdict-word')).toHaveText('已使用')
  await expect(page.getByTestId('gate-redeem')).toHaveCount(0)

  await page.keyboard.press('Escape')
  await expect(verdict(page)).toHaveCount(0)
  await scan(page, `${revoked.number} ${revoked.paper.checkCode}`)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'revoked')
  await expect(page.getByTestId('gate-verdict-reason')).toContainText('申请人取消')

  await scan(page, 'FX2026-999999 K7QX-M2PD')
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'unknown')
  await expect(page.getByTestId('gate-verdict-word')).toHaveText('查无此证')

  // One character of the signature changed (in the middle, where every bit counts).
  const payload = offline.paper.payload
  const at = payload.length - 20
  const forged = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1)
  await scan(page, forged)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'forged')
  await expect(page.getByTestId('gate-offline')).toHaveCount(0)
  await expect(page.getByTestId('gate-recent').locator('[data-verdict="forged"]').first()).toBeVisible()

  // The desk cannot be reached for the check: the page decides from its register.
  let cut = true
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { procedure: string }
    if (cut && body.procedure.startsWith('gate.')) return route.abort('internetdisconnected')
    return route.continue()
  })
  await scan(page, offline.paper.payload)
  await expect(page.getByTestId('gate-offline')).toContainText('离线核验')
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid')
  await expect(verdict(page)).toHaveAttribute('data-offline', 'true')
  await scan(page, `${revoked.number} ${revoked.paper.checkCode}`)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'revoked')
  await expect(verdict(page)).toHaveAttribute('data-offline', 'true')
  await scan(page, offline.paper.payload)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'valid')
  await page.keyboard.press('F8')
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'used')
  await expect(page.getByTestId('gate-queued')).toContainText('1')

  // Back online: the next check sends the queued confirmation; the desk now has it used.
  cut = false
  await scan(page, `${used.number} ${used.paper.checkCode}`)
  await expect(page.getByTestId('gate-offline')).toHaveCount(0)
  await expect(page.getByTestId('gate-queued')).toHaveCount(0)
  await scan(page, offline.paper.payload)
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'used')
  await expect(verdict(page)).toHaveAttribute('data-offline', 'false')
  const view = await callApi<{ usedAt: string | null }>(page, 'releases.get', { releaseId: offline.id })
  expect(view.usedAt).not.toBeNull()
})
