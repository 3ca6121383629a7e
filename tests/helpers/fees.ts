import { setUpEstate } from './estate'
import type { FeeItemView, ReceiptView, RoomAccount } from '../../shared/fees/fees'

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
