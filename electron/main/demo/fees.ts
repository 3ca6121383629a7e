import type { Store } from '../../../db/open'
import { addMonths, dueDate, lineAmountFen, periodBounds } from '../../../shared/domain/fees'
import { random } from './people'

const ITEMS = [
  { name: '物业管理费', category: 'property', method: 'perArea', roomTypes: ['residence', 'shop'], trusteeship: 70, price: 18500, meter: null },
  { name: '停车管理费', category: 'parking', method: 'fixedMonthly', roomTypes: ['parking'], trusteeship: 100, price: 1500000, meter: null },
  { name: '水费', category: 'water', method: 'metered', roomTypes: ['residence', 'shop'], trusteeship: 100, price: 34500, meter: 'water' },
  { name: '电费', category: 'electricity', method: 'metered', roomTypes: ['residence', 'shop'], trusteeship: 100, price: 6170, meter: 'electricity' },
  { name: '装修垃圾清运费', category: 'garbage', method: 'oneOffFixed', roomTypes: ['residence', 'shop'], trusteeship: 100, price: 3000000, meter: null },
  { name: '装修保证金', category: 'renovationDeposit', method: 'deposit', roomTypes: ['residence', 'shop'], trusteeship: 100, price: 20000000, meter: null },
  { name: '有偿维修服务', category: 'paidService', method: 'oneOffFixed', roomTypes: ['residence', 'shop', 'parking', 'storage', 'other'], trusteeship: 100, price: 500000, meter: null }
] as const

const METHODS = ['cash', 'wechat', 'wechat', 'alipay', 'wechat', 'card', 'transfer'] as const

/**
 * Fees as an office has them in November: the items and prices, property and parking bills from
 * January to this month, most paid in instalments with numbered receipts (cash with change,
 * WeChat, Alipay…), some rooms in arrears with reminders on file, deposits for the renovations,
 * and one voided receipt. Rows are written as the services write them.
 */
export function seedFees(store: Store, now: Date, seed = 7): { receivables: number; receipts: number } {
  const db = store.sqlite
  const r = random(seed)
  const at = now.toISOString()
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
  const staff = (username: string) => (db.prepare(`SELECT id FROM staff WHERE username = ?`).get(username) as { id: number }).id
  const cashiers = [staff('cashier'), staff('clerk1'), staff('clerk2')]
  const counter = (db.prepare(`SELECT id FROM counters LIMIT 1`).get() as { id: number }).id
  const shiftOf = new Map(cashiers.map((id) => [id, Number(db.prepare(`INSERT INTO shifts (staff_id, counter_id, opened_at, closed_at) VALUES (?, ?, ?, ?)`).run(id, counter, `${now.getFullYear()}-01-02T00:30:00.000Z`, `${now.getFullYear()}-11-20T10:00:00.000Z`).lastInsertRowid)]))
  const prefix = `SJ${now.getFullYear()}`
  const seriesId = Number(db.prepare(`INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, ?, 0, 1, ?)`).run(counter, prefix, at).lastInsertRowid)
  const ins = {
    item: db.prepare(`INSERT INTO fee_items (name, category, method, room_types, due_day, trusteeship_percent, meter_kind, active, sort_key, created_at) VALUES (?, ?, ?, ?, 20, ?, ?, 1, ?, ?)`),
    rate: db.prepare(`INSERT INTO fee_rates (item_id, price_e4, effective_from, created_at) VALUES (?, ?, ?, ?)`),
    receivable: db.prepare(`INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '', ?)`),
    receipt: db.prepare(`INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, payer_phone, total_fen, issued_at, staff_id, shift_id, remarks) VALUES (?, ?, ?, 'payment', ?, ?, NULL, ?, ?, ?, ?, '')`),
    line: db.prepare(`INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, period_label, price_e4, quantity_centi, months, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`),
    payment: db.prepare(`INSERT INTO payments (receipt_id, method, amount_fen, tendered_fen, change_fen) VALUES (?, ?, ?, ?, ?)`),
    settle: db.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`),
    reminder: db.prepare(`INSERT INTO reminders (room_id, kind, outcome, next_step, amount_fen, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    void: db.prepare(`INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id, shift_id) VALUES (?, ?, ?, ?, ?)`),
    unsettle: db.prepare(`UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ?`)
  }
  let number = 0
  let receivables = 0
  const itemIds = ITEMS.map((it, i) => {
    const id = Number(ins.item.run(it.name, it.category, it.method, JSON.stringify(it.roomTypes), it.trusteeship, it.meter, i * 10, at).lastInsertRowid)
    ins.rate.run(id, it.price, `${now.getFullYear() - 1}-01-01`, at)
    return id
  })
  // Property fee went up from 1.85 to 1.95 this July: earlier months keep the old price.
  ins.rate.run(itemIds[0], 19500, `${now.getFullYear()}-07-01`, at)

  // Payments are collected first and numbered afterwards in the order they happened, as a real
  // register runs: the receipt number rises with the time of issue.
  const pending: { roomId: number; payer: string; def: (typeof ITEMS)[number]; chunk: { id: number; period: string; amount: number; price: number; qty: number }[]; issued: Date }[] = []
  const rooms = db.prepare(`SELECT r.id, r.area_centi AS area, r.status, r.type, (SELECT p.name FROM room_persons rp JOIN persons p ON p.id = rp.person_id WHERE rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL LIMIT 1) AS owner FROM rooms r WHERE r.status != 'undelivered'`).all() as { id: number; area: number; status: string; type: string; owner: string | null }[]
  const first = `${now.getFullYear()}-01`
  db.transaction(() => {
    for (const room of rooms) {
      if (room.type !== 'parking' && room.type !== 'residence' && room.type !== 'shop') continue
      const item = room.type === 'parking' ? 1 : 0
      const def = ITEMS[item]
      const bills: { id: number; period: string; amount: number; price: number; qty: number }[] = []
      for (let p = first; p <= thisMonth; p = addMonths(p, 1)) {
        const { from, to } = periodBounds(p)
        const price = item === 0 && p >= `${now.getFullYear()}-07` ? 19500 : def.price
        const qty = def.method === 'perArea' ? room.area : 100
        const percent = room.status === 'trusteeship' ? def.trusteeship : 100
        const amount = lineAmountFen({ priceE4: price, quantityCenti: qty, months: 1, percent })
        const id = Number(ins.receivable.run(room.id, itemIds[item], p, from, to, qty, price, percent, amount, dueDate(p, 20), 'billing', at).lastInsertRowid)
        bills.push({ id, period: p, amount, price, qty })
        receivables++
      }
      // Most pay by the quarter; some are months behind; a few never paid this year.
      const behind = r.chance(0.12) ? r.int(2, 9) : r.chance(0.15) ? 1 : 0
      const payable = bills.slice(0, Math.max(0, bills.length - behind))
      for (let i = 0; i < payable.length; i += 3) {
        const chunk = payable.slice(i, i + 3)
        const [y, m] = chunk[chunk.length - 1]!.period.split('-').map(Number) as [number, number]
        const issued = new Date(Date.UTC(y, m - 1, r.int(5, 25), r.int(1, 9), r.int(0, 59)))
        if (issued > now) continue
        pending.push({ roomId: room.id, payer: room.owner ?? '业主', def, chunk, issued })
      }
      if (behind >= 3 && r.chance(0.7)) {
        const owed = bills.slice(-behind).reduce((s, b) => s + b.amount, 0)
        ins.reminder.run(room.id, 'phone', r.pick(['业主称本月底前来缴', '电话无人接听', '业主对维修问题有意见，暂缓缴费']), '月底再次电话提醒', owed, new Date(now.getTime() - r.int(20, 120) * 86_400_000).toISOString(), r.pick(cashiers))
      }
    }
    pending.sort((a, b) => a.issued.getTime() - b.issued.getTime())
    for (const p of pending) {
      const total = p.chunk.reduce((s, b) => s + b.amount, 0)
      const cashier = r.pick(cashiers)
      number++
      const receiptId = Number(ins.receipt.run(seriesId, number, `${prefix}${String(number).padStart(6, '0')}`, p.roomId, p.payer, total, p.issued.toISOString(), cashier, shiftOf.get(cashier)).lastInsertRowid)
      for (const b of p.chunk) {
        ins.line.run(receiptId, b.id, p.def.name, p.def.category, b.period, b.price, b.qty, b.amount)
        ins.settle.run(receiptId, b.id)
      }
      const method = r.pick(METHODS)
      const tendered = method === 'cash' ? Math.ceil(total / 10000) * 10000 : null
      ins.payment.run(receiptId, method, total, tendered, tendered === null ? null : tendered - total)
    }
    // One receipt voided for a wrong amount, its months unpaid again until paid afresh.
    if (number > 10) {
      const victim = db.prepare(`SELECT id, staff_id AS staffId FROM receipts WHERE number = ?`).get(number - 5) as { id: number; staffId: number }
      ins.void.run(victim.id, '金额录入错误，已重新开具', now.toISOString(), victim.staffId, shiftOf.get(victim.staffId))
      ins.unsettle.run(victim.id)
    }
    db.prepare(`UPDATE receipt_series SET last_number = ? WHERE id = ?`).run(number, seriesId)
  }).immediate()
  return { receivables, receipts: number }
}
