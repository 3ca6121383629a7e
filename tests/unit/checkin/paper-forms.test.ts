import { describe, expect, it } from 'vitest'
import { registrationJob } from '../../../renderer/src/features/checkin/paper/registration-paper'
import { handedItems, keySignOffJob } from '../../../renderer/src/features/checkin/paper/keys-paper'
import { trusteeshipAgreementJob } from '../../../renderer/src/features/checkin/paper/trusteeship-paper'
import { pageCount } from '../../../renderer/src/lib/print/page-count'
import { CTX, emptyView, finishedView, paperText } from './paper-fixture'

describe('住户登记表', () => {
  it('lists each person with relation, name and masked phone, the agent’s power of attorney and the signature lines', () => {
    const job = registrationJob(finishedView(), CTX)
    expect(pageCount(job)).toBe(1)
    expect(job.fileName).toBe('checkin-3-2-1502-registration')
    const text = paperText(job.html)
    expect(text).toContain('住户登记表')
    expect(text).toContain('1 业主 张三 个人 139****5678')
    expect(text).toContain('2 共有人 李四 个人 138****1234')
    expect(text).toContain('3 受托人 王五 个人 137****0000 委托至 2027-10-31')
    expect(text).toContain('办理方式 委托代理')
    expect(text).toContain('委托期限 2026年11月1日 至 2027年10月31日')
    expect(text).toContain('委托事项 代为办理入住手续并领取钥匙')
    for (const line of ['业主签字：', '日期：', '经办人：王客服']) expect(text).toContain(line)
    expect(job.html).not.toContain('139123')
  })

  it('leaves blank rows for the owner to complete, and says 无 when nobody is registered yet', () => {
    const html = registrationJob(finishedView(), CTX).html
    expect(html.match(/<td>&nbsp;<\/td>/g)?.length).toBe(7)
    const empty = paperText(registrationJob(emptyView(), CTX).html)
    expect(empty).toContain('业 主 无')
    expect(empty).toContain('办理方式 无')
    expect(empty).not.toContain('委托代理')
  })

  it('escapes a name with a script', () => {
    const view = finishedView()
    view.parties[0] = { ...view.parties[0]!, name: '<script>x()</script>' }
    const html = registrationJob(view, CTX).html
    expect(html).not.toContain('<script>')
    expect(paperText(html)).toContain('业主 <script>x()</script>')
  })
})

describe('钥匙签收表', () => {
  it('prints each item with its count and the owner’s tick, the totals and the 业主签收 line', () => {
    const job = keySignOffJob(finishedView(), CTX)
    expect(job.fileName).toBe('checkin-3-2-1502-keys')
    const text = paperText(job.html)
    expect(text).toContain('钥匙签收表')
    expect(text).toContain('1 入户门钥匙 3 ☑ 已领')
    expect(text).toContain('5 房屋水电图 1 ☒ 未领')
    expect(text).toContain('共 5 项，9 件。')
    expect(text).toContain('业主签收：')
  })

  it('before the items step is saved, lists the settings’ items with their usual counts and empty boxes', () => {
    expect(handedItems(emptyView())[0]).toEqual({ name: '入户门钥匙', count: 3, received: null })
    expect(paperText(keySignOffJob(emptyView(), CTX).html)).toContain('1 入户门钥匙 3 ☐')
  })
})

describe('房屋托管协议', () => {
  const shares = [
    { name: '物业费', percent: 70 },
    { name: '<b>车位费</b>', percent: 50 }
  ]

  it('prints the room, owner, period, start readings with two decimals, the limits, the fee share and the patrols', () => {
    const job = trusteeshipAgreementJob(finishedView(), shares, CTX)
    expect(job.fileName).toBe('checkin-3-2-1502-trusteeship')
    expect(pageCount(job)).toBe(1)
    const text = paperText(job.html)
    expect(text).toContain('房屋托管协议')
    expect(text).toContain('甲方（业主） 张三、李四')
    expect(text).toContain('托管房屋 3栋2单元1502')
    expect(text).toContain('托管期限 2026年11月21日 至 2027年5月20日')
    expect(text).toContain('水表 W-3021502 12.05 吨')
    expect(text).toContain('电表 E-88001 30.50 千瓦时')
    expect(text).toContain('水表超过 5 吨、电表超过 20 千瓦时、燃气表超过 5 立方米')
    expect(text).toContain('物业费按正常标准的 70% 收取')
    expect(text).toContain('<b>车位费</b>按正常标准的 50% 收取')
    expect(text).toContain('每周至少一次')
    expect(text).toContain('暴雨、台风等恶劣天气来临前和过后各巡查一次')
    for (const line of ['甲方（签字）：', '乙方：幸福家园物业服务中心（盖章）', '经办人：王客服'])
      expect(text).toContain(line)
    expect(job.html).not.toContain('<b>车位费')
  })

  it('says 无 for readings and period not yet entered', () => {
    const text = paperText(trusteeshipAgreementJob(emptyView(), [], CTX).html)
    expect(text).toContain('托管期限 无')
    expect(text).toContain('托管开始读数 无')
    expect(text).toContain('各项费用按正常标准收取')
  })
})
