import { describe, expect, it } from 'vitest'
import { formatFen } from '../../../shared/domain/money'
import { clerkApi, completeAll, count, env, identity, save, start } from './checkin-fixture'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64')

async function payMonth(roomId: number) {
  const [prepay] = (await env.account(roomId)).prepayable
  const amount = formatFen(prepay!.monthlyFen, { grouping: false })
  return env.payOk({
    roomId,
    prepay: [{ itemId: prepay!.itemId, months: 1 }],
    payerName: '张三',
    payments: [{ method: 'cash', amount }],
    expectedTotal: amount
  })
}

const scanOf = (roomId: number) =>
  clerkApi.households.attach({ roomId, typeKey: 'idCopy', fileName: '身份证.png', mime: 'image/png', dataBase64: PNG })

describe('what a check-in names by id is checked again at the finish', () => {
  it('a receipt voided after the fees step stops the finish, and nothing is handed over', async () => {
    const { id } = await start()
    await completeAll(id)
    const receipt = await payMonth(env.rooms.r3_2_1502)
    expect((await save(id, 'fees', { receiptIds: [receipt.id] })).ok).toBe(true)
    await env.cashierApi.fees.void({ receiptId: receipt.id, reason: '收错金额' })
    expect(await clerkApi.attempt.checkin.finish({ checkinId: id })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_RECEIPT_FOREIGN' }
    })
    expect((await clerkApi.households.get({ roomId: env.rooms.r3_2_1502 })).room.status).toBe('undelivered')
  })

  it('a room set 已入住 by hand while the check-in was paused is not handed over again', async () => {
    const { id } = await start()
    await completeAll(id)
    const room = (await clerkApi.households.get({ roomId: env.rooms.r3_2_1502 })).room
    await clerkApi.households.updateRoom({ roomId: room.id, type: room.type, status: 'occupied', vip: false, tags: [] })
    expect(await clerkApi.attempt.checkin.finish({ checkinId: id })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_ROOM_STATUS' }
    })
    expect(count('work_orders')).toBe(0)
  })

  it('a scan of another household is refused in a step, naming the field; this room’s own is kept', async () => {
    const { id } = await start()
    const foreign = await scanOf(env.rooms.r3_1_101)
    const own = await scanOf(env.rooms.r3_2_1502)
    const documents = (attachmentId: number) =>
      identity.owner().documents.map((d, i) => (i === 0 ? { ...d, attachmentId } : d))
    const refused = await save(id, 'identity', { ...identity.owner(), documents: documents(foreign.id) }, false)
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'documents.0.attachmentId': expect.any(String) } } }
    })
    expect(count('checkin_steps')).toBe(0)
    expect((await save(id, 'identity', { ...identity.owner(), documents: documents(own.id) })).ok).toBe(true)
  })
})
