import ExcelJS from 'exceljs'
import type { WorkbookFile } from '../../shared/households/estate'
import { expectOk } from './core'
import type { setUpEstate } from './estate'
import { feesFixture, localAt } from './fees-fixture'

type EstateEnv = Awaited<ReturnType<typeof setUpEstate>>

type Receipt = ReturnType<ReturnType<typeof feesFixture>['receipt']>

/** A query or mutation through the router that must succeed, as the administrator unless `token` says. */
export const askOf =
  (env: Pick<EstateEnv, 'core' | 'adminToken'>) =>
  async <T>(name: string, input: unknown, token = env.adminToken) =>
    expectOk(await env.core.call(name, input, { session: token })) as T

/** A sheet of an exported workbook. */
export async function sheetOf(file: WorkbookFile, name: string) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return book.getWorksheet(name)!
}

/**
 * Two days at the counter for the report tests, written straight into SQLite (fees-fixture.ts);
 * today is 2026-11-22 and the rooms are A 3-2-1502, B 3-1-101, C 5-1-101. Yesterday: C's renovation
 * deposit, and a receipt voided only today. Today: A and B pay, one of A's receipts is voided, C's
 * deposit is refunded less a deduction; B's receipt at midnight is tomorrow's. clerk1 and cashier1
 * are signed in (`tokens`); every receipt is of the one series SJ2026. Its times are the counter's
 * wall clock (localAt): the calling file sets process.env.TZ first.
 */
export async function seedReportDay(env: EstateEnv) {
  const receipts: Record<string, Receipt> = {}
  const sqlite = env.core.store.sqlite
  const fx = feesFixture(sqlite)
  await env.addStaff('clerk1', 'clerk')
  await env.addStaff('cashier1', 'cashier')
  const tokens = { clerk: await env.signIn('clerk1', 'pass1234'), cashier: await env.signIn('cashier1', 'pass1234') }
  const staffId = (username: string) =>
    (sqlite.prepare(`SELECT id FROM staff WHERE username = ?`).get(username) as { id: number }).id
  const [clerk, cashier] = [staffId('clerk1'), staffId('cashier1')]
  const { r3_2_1502: A, r3_1_101: B, r5_1_101: C } = env.rooms
  const property = fx.item('物业管理费', 'property', 0)
  const parking = fx.item('停车管理费', 'parking', 1)
  const bill = (roomId: number, itemId: number, period: string, amountFen: number, dueOn?: string) =>
    fx.receivable({ roomId, itemId, period, amountFen, dueOn })
  const a10 = bill(A, property, '2026-10', 22265)
  const a11 = bill(A, property, '2026-11', 22265)
  const a12 = bill(A, property, '2026-12', 22265)
  const b11 = bill(B, property, '2026-11', 11590)
  const b11p = bill(B, parking, '2026-11', 15000)
  bill(B, property, '2026-10', 11590)
  bill(C, property, '2026-11', 50000)
  bill(C, parking, '2026-11', 8000, '2026-11-25')
  const series = fx.series('SJ2026')
  const issue = (r: Omit<Parameters<typeof fx.receipt>[0], 'seriesId'>) => fx.receipt({ seriesId: series, ...r })
  // Yesterday: a renovation deposit, and a receipt voided only today.
  receipts.deposit = issue({
    roomId: C,
    lines: [{ itemName: '装修保证金', category: 'renovationDeposit', amountFen: 200000 }],
    payments: [{ method: 'card', fen: 200000 }],
    issuedAt: localAt('2026-11-21', '15:00'),
    staffId: clerk
  })
  receipts.yesterdayVoided = issue({
    roomId: C,
    lines: [{ itemName: '装修垃圾清运费', category: 'garbage', amountFen: 30000 }],
    issuedAt: localAt('2026-11-21', '16:00'),
    staffId: clerk
  })
  // Today: two payments, one voided receipt, one refund of the deposit less a deduction.
  receipts.a = issue({
    roomId: A,
    receivableIds: [a10, a11],
    payments: [
      { method: 'cash', fen: 30000 },
      { method: 'wechat', fen: 14530 }
    ],
    issuedAt: localAt('2026-11-22', '09:10'),
    staffId: clerk
  })
  receipts.b = issue({
    roomId: B,
    receivableIds: [b11, b11p],
    payments: [{ method: 'alipay', fen: 26590 }],
    issuedAt: localAt('2026-11-22', '09:20'),
    staffId: cashier
  })
  receipts.voided = issue({
    roomId: A,
    receivableIds: [a12],
    issuedAt: localAt('2026-11-22', '09:30'),
    staffId: clerk
  })
  fx.voidReceipt(receipts.voided.id, localAt('2026-11-22', '09:35'))
  fx.voidReceipt(receipts.yesterdayVoided.id, localAt('2026-11-22', '09:40'))
  receipts.refund = issue({
    roomId: C,
    kind: 'refund',
    refersTo: receipts.deposit.id,
    staffId: cashier,
    issuedAt: localAt('2026-11-22', '10:00'),
    lines: [
      { itemName: '退还装修保证金', category: 'renovationDeposit', amountFen: -200000 },
      { itemName: '扣除：墙面修补', category: 'deduction', amountFen: 30000 }
    ],
    payments: [{ method: 'transfer', fen: -170000 }]
  })
  // Midnight starts tomorrow: not today's.
  issue({
    roomId: B,
    lines: [{ itemName: '信报箱', category: 'other', amountFen: 5000 }],
    issuedAt: localAt('2026-11-23', '00:00'),
    staffId: clerk
  })
  return { fx, tokens, series, receipts, ask: askOf(env) }
}

export type ReportDay = Awaited<ReturnType<typeof seedReportDay>>
