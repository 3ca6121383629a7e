import { expect, test, type Page } from '../fixtures'
import { DEMO, expectWorkbench, signIn } from '../helpers'

/**
 * 物品放行条 for a tenant: refused without the owner's consent (the message shown, nothing
 * issued), issued with a phone consent (who answered defaults to the owner, when to now, who
 * called to the signed-in clerk), listed on today's slips and opened to be printed.
 */

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

interface Household {
  room: { code: string }
  current: { relation: string; person: { id: number; name: string } }[]
}

/** A demo room with a current tenant and an owner. */
async function tenantRoom(page: Page): Promise<{ roomId: number; code: string; tenant: string; owner: string }> {
  const buildings = await callApi<{ id: number }[]>(page, 'estate.buildings', {})
  for (const building of buildings) {
    const rooms = await callApi<{ id: number; code: string }[]>(page, 'estate.rooms', { buildingId: building.id })
    for (const room of rooms) {
      const household = await callApi<Household>(page, 'households.get', { roomId: room.id })
      const tenant = household.current.find((r) => r.relation === 'tenant')
      const owner = household.current.find((r) => r.relation === 'owner')
      if (tenant && owner)
        return { roomId: room.id, code: room.code, tenant: tenant.person.name, owner: owner.person.name }
    }
  }
  throw new Error('the demo has no rented room')
}

test('a tenant’s slip is refused without the owner’s consent and issued with a phone consent', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const room = await tenantRoom(page)
  const before = await callApi<unknown[]>(page, 'releases.list', { roomId: room.roomId })

  await page.goto(`${DEMO}#/permits/releases`)
  await expect(page.getByTestId('releases-table')).toBeVisible()
  await page.keyboard.press('F2')
  const dialog = page.getByTestId('release-new-dialog')
  await expect(page.getByTestId('release-new-room')).toBeFocused()
  await page.keyboard.type(room.code)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('release-new-room-found')).toContainText(room.code)
  await dialog.getByTestId('release-new-kind').getByText('租户').click()
  await page.getByTestId('release-new-person').click()
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: room.tenant })
    .first()
    .click()
  await page.getByTestId('release-new-item-name-0').fill('电视机')
  await page.keyboard.press('Alt+A')
  await page.getByTestId('release-new-item-name-1').fill('纸箱')
  await page
    .locator('input[data-testid="release-new-item-qty-1"], [data-testid="release-new-item-qty-1"] input')
    .first()
    .fill('5')
  await page.keyboard.press('F9')
  await expect(dialog.getByTestId('release-new-consent')).toContainText('租户办理放行须有业主同意')
  await expect(dialog.getByTestId('release-new-consent')).toBeVisible()
  expect(await callApi<unknown[]>(page, 'releases.list', { roomId: room.roomId })).toHaveLength(before.length)

  await dialog.getByTestId('release-new-consent-kind').getByText('电话确认').click()
  await expect(page.getByTestId('release-new-owner-name')).toHaveValue(room.owner)
  await expect(page.getByTestId('release-new-called-by')).toHaveValue('李晓梅')
  await page.keyboard.press('F9')
  await expect(dialog).toBeHidden()

  const drawer = page.getByTestId('release-drawer')
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(/#\/permits\/releases\/\d+$/)
  await expect(drawer).toContainText(/FX\d{4}-\d{6}/)
  await expect(drawer).toContainText(`电话确认：${room.owner}`)
  await expect(drawer).toContainText('电视机 × 1，纸箱 × 5')
  await expect(page.getByTestId('release-standing')).toHaveText('有效')
  await expect(page.getByTestId('release-print-80mm')).toBeEnabled()
  const after = await callApi<{ id: number }[]>(page, 'releases.list', { roomId: room.roomId })
  expect(after).toHaveLength(before.length + 1)
  await page.keyboard.press('Escape')
  const newest = Math.max(...after.map((r) => r.id))
  await expect(page.getByTestId(`release-row-${newest}`)).toContainText(room.code)
})
