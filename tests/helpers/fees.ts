import { setUpEstate } from './estate'
import type { FeeItemView, ReceiptView, RoomAccount } from '../../shared/fees/fees'
import type { PrintReceiptResult } from '../../shared/fees/printing'

/**
 * The estate of tests/helpers/estate.ts with the usual fee items: 物业管理费 1.85 元/㎡/月 (70 %
 * in trusteeship), 停车费 150 元/月 for parking, 水费 3.45 元/吨 (metered), 装修垃圾清运费 300 元,
 * 装修保证金 (deposit, amount agreed per case).
 */
export async function setUpFees(dataDir: string) {
  const env = await setUpEstate(dataDir)
  const item = (input: Record<string, unknown>) =>
    env.call<FeeItemView>('fees.saveItem', { effectiveFrom: '2026-01-01', ...input })
  const items = {
    property: await item({
      name: '物业管理费',
      category: 'property',
      method: 'perArea',
      roomTypes: ['residence', 'shop'],
      trusteeshipPercent: 70,
      price: '1.85'
    }),
    parking: await item({
      name: '停车管理费',
      category: 'parking',
      method: 'fixedMonthly',
      roomTypes: ['parking'],
      price: '150'
    }),
    water: await item({
      name: '水费',
      category: 'water',
      method: 'metered',
      roomTypes: ['residence', 'shop'],
      meterKind: 'water',
      price: '3.45'
    }),
    garbage: await item({
      name: '装修垃圾清运费',
      category: 'garbage',
      method: 'oneOffFixed',
      roomTypes: ['residence', 'shop'],
      price: '300'
    }),
    deposit: await item({
      name: '装修保证金',
      category: 'renovationDeposit',
      method: 'deposit',
      roomTypes: ['residence', 'shop']
    })
  }
  // Money is taken by the counter, not the system administrator: a cashier signs in for it.
  await env.addStaff('cashier1', 'cashier')
  const cashierToken = await env.signIn('cashier1', 'pass1234')
  /** The contract's typed client, signed in as the cashier. */
  const cashierApi = env.clientFor(cashierToken)
  const cashier = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await env.mutate(name, input, cashierToken)
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`)
    return result.data as T
  }
  const account = (roomId: number) => env.query<RoomAccount>('fees.account', { roomId })
  const pay = (input: Record<string, unknown>, meta: Record<string, unknown> = {}, token = cashierToken) =>
    env.mutate('fees.pay', input, token, meta)
  const payOk = async (input: Record<string, unknown>) => {
    const result = await pay(input)
    if (!result.ok) throw new Error(`pay failed: ${result.error.code} ${result.error.message}`)
    return result.data as ReceiptView
  }
  return { ...env, items, account, pay, payOk, cashier, cashierToken, cashierApi }
}

export type FeesEnv = Awaited<ReturnType<typeof setUpFees>>

/** A residence with no VIP mark or tags, in the status billing reads: lived in, or in trusteeship (70 %). */
export const setRoomStatus = (env: Pick<FeesEnv, 'admin'>, roomId: number, status: 'occupied' | 'trusteeship') =>
  env.admin.households.updateRoom({ roomId, type: 'residence', status, vip: false, tags: [] })

/** The fee items with 3-2-1502 (120.35 ㎡, 222.65 a month of 物业管理费) lived in: the counter's usual room. */
export async function setUpCounter(dataDir: string) {
  const env = await setUpFees(dataDir)
  await setRoomStatus(env, env.rooms.r3_2_1502, 'occupied')
  return env
}

/** The counter's room, and 3-1-101 (89.50 ㎡) in trusteeship beside it: what billing tells apart. */
export async function setUpBilling(dataDir: string) {
  const env = await setUpCounter(dataDir)
  await setRoomStatus(env, env.rooms.r3_1_101, 'trusteeship')
  return env
}

/** 张三 prepays `months` of 3-2-1502's 物业管理费 in cash, `amount` exactly; `more` adds to the input or overrides it. */
export const prepayInput = (env: FeesEnv, months: number, amount: string, more: Record<string, unknown> = {}) => ({
  roomId: env.rooms.r3_2_1502,
  prepay: [{ itemId: env.items.property.id, months }],
  payerName: '张三',
  payments: [{ method: 'cash', amount }],
  expectedTotal: amount,
  ...more
})

/** 张三 pays one of 3-2-1502's bills in cash, `amount` exactly (222.65, a month lived in, unless told). */
export const billInput = (env: FeesEnv, billId: number, amount = '222.65') => ({
  roomId: env.rooms.r3_2_1502,
  receivableIds: [billId],
  payerName: '张三',
  payments: [{ method: 'cash', amount }],
  expectedTotal: amount
})

/** October's 物业管理费 billed; 3-2-1502's bill of it. */
export async function octoberBill(env: FeesEnv) {
  await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
  const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
  return bill!
}

/** One month of 3-2-1502's 物业管理费 paid in cash by 张三 (13912345678, on the receipt): a receipt to print. */
export const paidMonth = (env: FeesEnv) =>
  env.payOk(prepayInput(env, 1, '222.65', { payerPhone: '13912345678', tendered: '222.65' }))

/** A 2,000.00 renovation deposit charged to 3-2-1502 and paid by transfer: the receipt a refund refers to. */
export async function paidDeposit(env: FeesEnv) {
  const roomId = env.rooms.r3_2_1502
  await env.cashierApi.fees.addCharge({ roomId, itemId: env.items.deposit.id, amount: '2000' })
  const [deposit] = (await env.account(roomId)).unpaid
  return env.payOk({
    roomId,
    receivableIds: [deposit!.id],
    payerName: '张三',
    payments: [{ method: 'transfer', amount: '2000' }],
    expectedTotal: '2000'
  })
}

/**
 * A stand-in page for a prepared receipt, at form3's size: the page itself is the renderer's
 * business (tests/e2e/fees/receipt-pdf.spec.ts); where it is printed and counted, only its name matters.
 */
export const receiptJob = (next: Pick<PrintReceiptResult, 'model' | 'pdfFileName'>) => ({
  html: `<p>收款收据 No.${next.model.code}</p>`,
  pageWidthMm: 241,
  pageHeightMm: 93.1,
  target: 'printer' as const,
  fileName: next.pdfFileName
})
