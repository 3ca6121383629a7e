import { randomUUID } from 'node:crypto'
import { Core } from '../../../electron/main/core/core'
import { formatFen } from '../../../shared/domain/money'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { ReceiptView, RoomAccount } from '../../../shared/fees/fees'
import { testClock, testPasswords } from '../../helpers/core'

/**
 * The counter that gets killed: opens the core on a data folder the way a shell does, signs the
 * cashier in and pays one bill after another, oldest first, through the router. Each line on stdout
 * is one fact the parent relies on (stdout to a pipe is written synchronously on Linux, so a line
 * printed is a line received, even if the kill comes the next instant):
 *   ready
 *   try <requestId> <input as base64url JSON>        before a payment is sent
 *   paid <requestId> <receiptCode> <receivableIds|-> <issuedAt>  after the core acknowledged it
 * It never stops by itself: the parent kills it.
 * argv: <dataDir> <clock start ISO> [<requestId> <input> of the last unacknowledged try]
 * The unacknowledged try is sent again first with the same request id, as the screen does when a
 * payment's answer never came: it must replay the receipt if it committed, or pay it now.
 */
const [dataDir, clockStart, retryRequestId, retryInput] = process.argv.slice(2)
if (!dataDir || !clockStart) throw new Error('usage: pay-loop <dataDir> <clockStart> [<requestId> <input>]')

const ANSWER_IN_FLIGHT_MS = 4

const say = (line: string) => process.stdout.write(`${line}\n`)

interface PayInput {
  roomId: number
  receivableIds?: number[]
  prepay?: { itemId: number; months: number }[]
  payerName: string
  payments: { method: string; amount: string }[]
  expectedTotal: string
}

async function main(): Promise<never> {
  const clock = testClock(clockStart)
  const core = await Core.start({
    dataDir: dataDir!,
    version: '0.0.0-fault',
    now: clock.now,
    randomToken: () => randomUUID(),
    passwords: testPasswords
  })
  if (core.mode !== 'ready') {
    say(`recovery ${JSON.stringify(await core.call('system.status', {}))}`)
    process.exit(2)
  }
  const signedIn = (await core.call('staff.signIn', { username: 'cashier1', password: 'pass1234' })) as ApiResult<{
    token: string
  }>
  if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.error.code}`)
  const session = signedIn.data.token
  say('ready')

  const account = async (roomId: number) => {
    const answer = (await core.call('fees.account', { roomId }, { session })) as ApiResult<RoomAccount>
    if (!answer.ok) throw new Error(`fees.account refused: ${answer.error.code}`)
    return answer.data
  }
  const pay = async (requestId: string, input: PayInput) => {
    say(`try ${requestId} ${Buffer.from(JSON.stringify(input)).toString('base64url')}`)
    const answer = (await core.call('fees.pay', input, { session, requestId })) as ApiResult<ReceiptView>
    if (!answer.ok) throw new Error(`fees.pay refused: ${answer.error.code} ${answer.error.message}`)
    // The answer's way back to the screen (IPC or HTTP, then the page) takes a moment; a kill in it
    // leaves a payment committed but unanswered, which the screen will send again.
    await new Promise((resolve) => setTimeout(resolve, ANSWER_IN_FLIGHT_MS))
    say(`paid ${requestId} ${answer.data.code} ${input.receivableIds?.join(',') ?? '-'} ${answer.data.issuedAt}`)
  }

  if (retryRequestId && retryInput)
    await pay(retryRequestId, JSON.parse(Buffer.from(retryInput, 'base64url').toString()) as PayInput)
  const rooms = core.store.sqlite.prepare(`SELECT id FROM rooms WHERE status = 'occupied' ORDER BY id`).all() as {
    id: number
  }[]
  // Round after round over the rooms: the oldest bill, or when none is left a month prepaid, so the
  // counter never runs out of work however long the parent keeps killing it.
  for (;;)
    for (const room of rooms) {
      const { unpaid, prepayable } = await account(room.id)
      const bill = unpaid[0]
      const next = prepayable[0]!
      const fen = bill ? bill.amountFen : next.monthlyFen
      const amount = formatFen(fen, { grouping: false })
      const what = bill ? { receivableIds: [bill.id] } : { prepay: [{ itemId: next.itemId, months: 1 }] }
      const input = {
        roomId: room.id,
        ...what,
        payerName: '张三',
        payments: [{ method: 'cash', amount }],
        expectedTotal: amount
      }
      await pay(randomUUID(), input)
    }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
    process.exit(1)
  }
)
