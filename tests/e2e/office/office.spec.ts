import { request } from 'node:https'
import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { freePort, freshOffice, startCounter, startOffice, stop } from './office-processes'

/*
 * An office on this machine as a new user would set it up: the office server on the demo data, two
 * counters (browser shells with --connect, each its own data folder and device credential). Pairing
 * through the screens, a payment at one counter on the other's household page within a second, the
 * same month paid at both at once, the server killed and back, a counter revoked, a device that
 * never paired.
 */
test.describe.configure({ mode: 'serial' })

let ports: { listen: number; screen: number }
let office: Awaited<ReturnType<typeof startOffice>>
let counters: Record<'one' | 'two', Awaited<ReturnType<typeof startCounter>>>
let pages: Record<'server' | 'one' | 'two', Page>

test.beforeAll(async ({ browser }) => {
  freshOffice()
  ports = { listen: await freePort(), screen: await freePort() }
  office = await startOffice(ports.listen, ports.screen)
  counters = {
    one: await startCounter('counter-one', office.address),
    two: await startCounter('counter-two', office.address)
  }
  const open = async () =>
    (await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })).newPage()
  pages = { server: await open(), one: await open(), two: await open() }
})

test.afterAll(async () => {
  // The server's last act is a verified backup of the demo estate: that can take a while on a busy machine.
  test.info().setTimeout(90_000)
  await Promise.all(Object.values(pages ?? {}).map((page) => page.context().close()))
  await Promise.all([stop(counters?.one.running), stop(counters?.two.running)])
  await stop(office?.running)
})

/** A procedure through the page's own bridge, as the screens call it (the signed-in session, a fresh request id). */
function callOn(page: Page, procedure: string, input: unknown, mutation = false) {
  return page.evaluate(
    async ([name, args, isMutation]) => {
      const session = sessionStorage.getItem('frontdesk.session') ?? undefined
      const requestId = isMutation ? crypto.randomUUID() : undefined
      // The test project has no DOM types: the bridge as far as this call needs it.
      const bridge = (globalThis as unknown as { frontdesk: { call: (...a: unknown[]) => Promise<unknown> } }).frontdesk
      return bridge.call(name, args, { session, requestId, locale: 'zh-CN' })
    },
    [procedure, input, mutation] as const
  ) as Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>
}

/** Signs in on the page as it stands (the helpers' signIn opens the spec's own demo shell). */
async function signInHere(page: Page, username: string) {
  await page.getByTestId('sign-in-username').fill(username)
  await page.getByTestId('sign-in-password').fill('demo1234')
  await page.getByTestId('sign-in-password').press('Enter')
  await expect(page.getByTestId('header-staff')).toBeVisible()
}

async function makeCode(counterName: string): Promise<string> {
  const page = pages.server
  await page.goto(`${office.screen}#/settings`)
  await page.getByRole('tab', { name: '多前台' }).click()
  await page.getByTestId('pairing-counter').fill(counterName)
  await page.getByTestId('pairing-make').click()
  await expect(page.getByText(`“${counterName}”的配对码`)).toBeVisible()
  return (await page.getByTestId('pairing-code').innerText()).trim()
}

async function pair(page: Page, url: string, code: string, counterName: string) {
  await page.goto(url)
  // Started with --connect: the pairing form comes first, the address filled in, the code focused.
  await expect(page.getByPlaceholder('ABCD-EFGH-JK')).toBeFocused()
  await page.keyboard.type(code)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('pair-done')).toContainText(`本机为“${counterName}”`)
  const fingerprint = await pages.server.getByTestId('office-fingerprint').innerText()
  await expect(page.getByTestId('pair-done')).toContainText(fingerprint.trim().slice(0, 47))
  await page.getByTestId('pair-continue').click()
  await expect(page.getByTestId('sign-in-form')).toBeVisible()
}

/** A room of the demo with a bill still unpaid, and that bill as the counter pays it in full in cash. */
async function unpaidBill(page: Page, otherThan?: number) {
  const hits = await callOn(page, 'search.global', { q: '1-1-' })
  expect(hits.ok, JSON.stringify(hits.error)).toBe(true)
  for (const hit of hits.data as { roomId: number; roomCode: string }[]) {
    if (hit.roomId === otherThan) continue
    const account = (await callOn(page, 'fees.account', { roomId: hit.roomId })).data as {
      unpaid: { id: number; amountFen: number }[]
    }
    const bill = account.unpaid[0]
    if (!bill) continue
    const amount = (bill.amountFen / 100).toFixed(2)
    const input = {
      roomId: hit.roomId,
      receivableIds: [bill.id],
      payerName: '业主',
      payments: [{ method: 'cash', amount }],
      expectedTotal: amount
    }
    return { roomId: hit.roomId, roomCode: hit.roomCode, input }
  }
  throw new Error('no unpaid bill in 1-1-*')
}

test('two counters pair with one-time codes made at the server, each under its own name', async () => {
  await pages.server.goto(office.screen)
  await signInHere(pages.server, 'admin')
  await pair(pages.one, counters.one.url, await makeCode('二号前台'), '二号前台')
  await pair(pages.two, counters.two.url, await makeCode('三号前台'), '三号前台')
  await expect(pages.server.getByTestId('office-devices')).toContainText('二号前台')
  await signInHere(pages.one, 'cashier')
  await signInHere(pages.two, 'clerk1')
  await expect(pages.one.getByTestId('header-counter')).toHaveText('二号前台')
  await expect(pages.two.getByTestId('header-counter')).toHaveText('三号前台')
})

test('a payment at one counter shows on the other’s open household page within a second', async () => {
  const bill = await unpaidBill(pages.one)
  await pages.two.goto(`${counters.two.url}#/households/${bill.roomId}`)
  await pages.two.getByRole('tab', { name: '时间线' }).click()
  const timeline = pages.two.getByTestId('timeline')
  await expect(timeline).toBeVisible()
  const paid = await callOn(pages.one, 'fees.pay', bill.input, true)
  expect(paid.ok, JSON.stringify(paid.error)).toBe(true)
  const code = (paid.data as { code: string }).code
  expect(code).toMatch(/^SJ\d+-\d{10}$/)
  await expect(timeline).toContainText(code, { timeout: 1_000 })
})

test('the same month paid at both counters at once: one receipt, a clear message at the other', async () => {
  const bill = await unpaidBill(pages.one)
  const [a, b] = await Promise.all([
    callOn(pages.one, 'fees.pay', bill.input, true),
    callOn(pages.two, 'fees.pay', bill.input, true)
  ])
  expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
  const refused = a.ok ? b : a
  expect(refused.error!.message).toMatch(/[\u4e00-\u9fff]/)
  const account = (await callOn(pages.two, 'fees.account', { roomId: bill.roomId })).data as {
    unpaid: { id: number }[]
  }
  expect(account.unpaid.map((u) => u.id)).not.toContain(bill.input.receivableIds[0])
})

/** Resolves when the page hears of another counter's committed change (its refetch follows within COALESCE_MS). */
function nextChange(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        type Bridge = { onEvent: (listener: (event: { type: string }) => void) => () => void }
        const bridge = (globalThis as unknown as { frontdesk: Bridge }).frontdesk
        const stopListening = bridge.onEvent((event) => {
          if (event.type !== 'changed') return
          stopListening()
          resolve()
        })
      })
  )
}

test('the server killed: both counters say so at once and refuse writes; back, they go on signed in', async () => {
  await expect(pages.one.getByTestId('header-office')).toHaveText('· 已连接服务器')
  // Counter one stands at the gate check: its register of passes is kept while the server answers.
  await pages.one.goto(`${counters.one.url}#/permits/gate`)
  await expect(pages.one.getByTestId('gate-register-time')).toContainText('名单更新于')
  const bill = await unpaidBill(pages.one)
  // The server dies just after a payment at counter one: counter two's open page refetches into the outage.
  const other = await unpaidBill(pages.one, bill.roomId)
  const heard = nextChange(pages.two)
  const last = await callOn(pages.one, 'fees.pay', other.input, true)
  expect(last.ok, JSON.stringify(last.error)).toBe(true)
  await heard
  const refetched = pages.two.waitForResponse((r) => r.request().postData()?.includes('"system.status"') === true)
  await stop(office.running, 'SIGKILL')
  await expect(pages.one.getByTestId('office-banner')).toBeVisible({ timeout: 3_000 })
  await expect(pages.two.getByTestId('office-banner')).toBeVisible({ timeout: 3_000 })
  // What was on screen stays there: the household page under the banner, not a blank “unreachable”.
  expect(await (await refetched).json()).toMatchObject({ ok: false, error: { code: 'OFFICE_UNREACHABLE' } })
  await expect(pages.two.getByTestId('timeline')).toBeVisible()
  await expect(pages.two.getByTestId('office-unreachable')).toBeHidden()
  await pages.two.screenshot({ path: join('test-results', 'office-e2e', 'outage-zh-CN.png') })
  await expect(pages.one.getByTestId('office-banner')).toContainText('纸质收据本')
  await expect(pages.one.getByTestId('header-office')).toHaveText('· 已断开，正在重连')
  const refused = await callOn(pages.one, 'fees.pay', bill.input, true)
  expect(refused.error?.code).toBe('OFFICE_UNREACHABLE')
  // The gate decides from its kept register, and says so, instead of only saying the server is away.
  await expect(pages.one.getByTestId('gate-input')).toBeFocused()
  await pages.one.keyboard.insertText('FX2026-999999 K7QX-M2PD')
  await pages.one.keyboard.press('Enter')
  await expect(pages.one.getByTestId('gate-offline')).toContainText('离线核验')
  await expect(pages.one.getByTestId('gate-verdict')).toHaveAttribute('data-verdict', 'unknown')
  // A counter started during the outage says so plainly, and goes on by itself once the server is back.
  const starting = await pages.two.context().newPage()
  await starting.goto(pages.two.url())
  await expect(starting.getByTestId('office-unreachable')).toContainText('无法连接办公室服务器')
  office = await startOffice(ports.listen, ports.screen)
  await expect(pages.one.getByTestId('office-banner')).toBeHidden({ timeout: 5_000 })
  await expect(pages.two.getByTestId('office-banner')).toBeHidden({ timeout: 5_000 })
  await expect(starting.getByTestId('office-unreachable')).toBeHidden({ timeout: 10_000 })
  await expect(starting.getByTestId('header-staff').or(starting.getByTestId('sign-in-username'))).toBeVisible()
  await starting.close()
  const paid = await callOn(pages.one, 'fees.pay', bill.input, true)
  expect(paid.ok, JSON.stringify(paid.error)).toBe(true)
  await expect(pages.one.getByTestId('header-staff')).toBeVisible()
})

test('a revoked counter is refused; a device that never paired is refused', async () => {
  // The server's own screen restarted with it: a new page token, but the administrator's session was kept.
  await pages.server.goto(`${office.screen}#/settings`)
  await pages.server.reload()
  await expect(pages.server.getByTestId('header-staff')).toHaveText('系统管理员')
  await pages.server.getByRole('tab', { name: '多前台' }).click()
  await pages.server.getByTestId('revoke-三号前台').click()
  await pages.server.getByTestId('revoke-reason').fill('电脑更换')
  await pages.server.getByTestId('revoke-reason').press('Enter')
  await expect(pages.server.getByTestId('office-devices')).toContainText('已停用')
  const refused = await callOn(pages.two, 'staff.me', {})
  expect(refused.error?.code).toBe('DEVICE_REVOKED')
  // Its screen says why at once (the revocation reached it as a change): nothing more can be done there.
  await expect(pages.two.getByText('此电脑已于')).toContainText('被停用，请联系管理员重新配对', { timeout: 3_000 })

  const stranger = await new Promise<number>((resolve, reject) => {
    const req = request(
      new URL('/office/call', office.address),
      { method: 'POST', rejectUnauthorized: false },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify({ procedure: 'system.status', input: {}, meta: {} }))
  })
  expect(stranger).toBe(401)
})
