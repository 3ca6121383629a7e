import { describe, expect, it } from 'vitest'
import { documentsByCase, noticesJob } from '../../../renderer/src/features/checkin/paper/notice-paper'
import { pageCount } from '../../../renderer/src/lib/print/page-count'
import { CTX, notice, paperText, sheetTexts } from './paper-fixture'

const OPTIONS = { issuedOn: '2026-11-10', officeHours: '每日 9:00–17:30' }

describe('入住通知单', () => {
  it('prints one A4 page per room of the batch, in the order given, each with its room, owners and area', () => {
    const job = noticesJob(
      [notice(), notice({ roomId: 43, roomCode: '3-2-1602', ownerNames: '孙七', areaCenti: 12000 })],
      CTX,
      OPTIONS
    )
    expect(job).toMatchObject({ pageWidthMm: 210, pageHeightMm: 297, target: 'printer' })
    expect(pageCount(job)).toBe(2)
    const [first, second] = sheetTexts(job.html)
    expect(first).toContain('幸福物业服务有限公司')
    expect(first).toContain('幸福家园物业服务中心')
    expect(first).toContain('入住通知单')
    expect(first).toContain('3栋2单元1502')
    expect(first).toContain('张三')
    expect(first).toContain('89.50 平方米')
    expect(second).toContain('3栋2单元1602')
    expect(second).toContain('孙七')
    expect(second).toContain('120.00 平方米')
    expect(job.fileName).toBe('checkin-notices-2026-11-10')
    expect(noticesJob([notice()], CTX, OPTIONS).fileName).toBe('checkin-3-2-1502-notice')
  })

  it('lists what to bring in each case, worded from the required documents', () => {
    expect(documentsByCase()).toEqual([
      { case: 'owner', documents: ['业主身份证', '入住通知单', '购房合同'] },
      { case: 'agent', documents: ['委托人身份证', '入住通知单', '购房合同', '委托书', '受托人身份证'] },
      { case: 'company', documents: ['入住通知单', '购房合同', '单位证明', '经办人身份证'] }
    ])
    const text = paperText(noticesJob([notice()], CTX, OPTIONS).html)
    expect(text).toContain('业主本人： 业主身份证、入住通知单、购房合同')
    expect(text).toContain('委托代理： 委托人身份证、入住通知单、购房合同、委托书、受托人身份证')
    expect(text).toContain('单位： 入住通知单、购房合同、单位证明、经办人身份证')
  })

  it('prints the fees due in yuan: months × monthly, the one-offs, what is unpaid and the total', () => {
    const fees = { ...notice().fees, unpaidFen: 123456, totalFen: 192896 }
    const text = paperText(noticesJob([notice({ fees })], CTX, OPTIONS).html)
    expect(text).toContain('物业费（自 2026-12 起预交 3 个月） 214.80 × 3 644.40')
    expect(text).toContain('信报箱 一次性 50.00')
    expect(text).toContain('往期未缴费用 1,234.56')
    expect(text).toContain('合计（元） 1,928.96')
  })

  it('prints what the core charged when the months differ (a new rate, the trusteeship share), not the first month × N', () => {
    const base = notice().fees
    const monthly = [21480, 21480, 23000].map((amountFen, i) => ({ ...base.prepay[0]!.monthly[i]!, amountFen }))
    const fees = { ...base, prepay: [{ ...base.prepay[0]!, amountFen: 65960, monthly }], totalFen: 70960 }
    const text = paperText(noticesJob([notice({ fees })], CTX, OPTIONS).html)
    expect(text).toContain('物业费（自 2026-12 起预交 3 个月） 逐月计价 × 3 659.60')
    expect(text).toContain('合计（元） 709.60')
  })

  it('says 无 when nothing is due, and prints the office hours (or a line to fill in) and the signature lines', () => {
    const none = { prepay: [], oneOff: [], unpaidFen: 0, totalFen: 0 }
    const text = paperText(noticesJob([notice({ fees: none })], CTX, OPTIONS).html)
    expect(text).toMatch(/金额（元） 无 合计（元） 0\.00/)
    expect(text).toContain('办理时间：每日 9:00–17:30')
    expect(text).toContain('业主签字：')
    expect(text).toContain('日期：＿＿＿＿年＿＿月＿＿日')
    expect(text).toContain('2026年11月10日')
    const blank = noticesJob([notice()], CTX, { issuedOn: '2026-11-10' }).html
    expect(blank).toMatch(/办理时间：<span class="line"/)
  })

  it("prints the office's place and phone when set, and no phone line when there is none", () => {
    const office = { ...OPTIONS, place: '物业服务中心（3栋首层）', phone: '0591-87654321' }
    const text = paperText(noticesJob([notice()], CTX, office).html)
    expect(text).toContain('办理地点：物业服务中心（3栋首层）')
    expect(text).toContain('联系电话：0591-87654321')
    const plain = paperText(noticesJob([notice()], CTX, { ...OPTIONS, phone: '  ' }).html)
    expect(plain).toContain('办理地点：幸福家园物业服务中心')
    expect(plain).not.toContain('联系电话')
  })

  it('escapes every name it prints', () => {
    const job = noticesJob([notice({ ownerNames: '<script>alert(1)</script>' })], CTX, OPTIONS)
    expect(job.html).not.toContain('<script>')
    expect(paperText(job.html)).toContain('<script>alert(1)</script>')
  })
})
