import type { PrintJob } from '@shared/kernel/bridge'
import type { KeySetView } from '@shared/keys/api'
import { hookPlace } from './key-labels'
import {
  A4,
  documentHtml,
  paperDate,
  paperRoom,
  piecesText,
  PURPOSE_PAPER,
  safeName,
  sheet,
  type PaperContext
} from './key-paper-print'

const depositMovement = (set: KeySetView) => set.movements.find((m) => m.kind === 'deposit')

function Entrustment({ set, ctx }: { set: KeySetView; ctx: PaperContext }) {
  const people = set.authorizations.filter((a) => !a.closedAt)
  const row = Math.max(5, Math.min(7.5, Math.floor((62 / Math.max(people.length + 1, 1)) * 10) / 10))
  const cell = { height: `${row}mm`, fontSize: `${Math.min(3.5, row * 0.55)}mm`, lineHeight: 1.2 }
  const total = set.pieces.reduce((s, p) => s + p.count, 0)
  return (
    <div className="sheet" style={sheet(A4, '16mm 20mm 14mm', 3.8)} data-paper="entrustment">
      <div className="company" style={{ fontSize: '4mm' }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{ fontSize: '8.5mm', letterSpacing: '3mm', margin: '2mm 0 1mm', paddingLeft: '3mm' }}
      >
        保管钥匙委托书
      </h1>
      <div className="sub" style={{ fontSize: '3.4mm', marginBottom: '4mm' }}>
        {ctx.estateName}物业服务中心 · 钥匙标签 <span className="mono">{set.tagCode}</span>
      </div>
      <table style={{ marginBottom: '3.5mm' }}>
        <tbody>
          <tr>
            <td className="k">委 托 人</td>
            <td>{set.depositorName}</td>
            <td className="k">房　　号</td>
            <td>{paperRoom(set.roomCode)}</td>
          </tr>
          <tr>
            <td className="k">委托用途</td>
            <td>{PURPOSE_PAPER(set.purpose)}</td>
            <td className="k">存入日期</td>
            <td>{paperDate(set.depositedAt)}</td>
          </tr>
          <tr>
            <td className="k">钥匙明细</td>
            <td colSpan={3}>
              {piecesText(set.pieces)}（共 {total} 把）
            </td>
          </tr>
          <tr>
            <td className="k">存放位置</td>
            <td colSpan={3}>
              {hookPlace(set.cabinetName, set.hookRow, set.hookColumn)}（挂钩按 行-列 编号；标签只写编号，不写房号）
            </td>
          </tr>
          {set.notes && (
            <tr>
              <td className="k">备　　注</td>
              <td colSpan={3}>{set.notes}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p style={{ fontWeight: 'bold', marginBottom: '1.5mm' }}>委托人授权下列人员凭本人身份证件借用上述钥匙：</p>
      <table style={{ marginBottom: '3.5mm' }}>
        <colgroup>
          <col style={{ width: '8mm' }} />
          <col style={{ width: '20mm' }} />
          <col style={{ width: '21mm' }} />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '20mm' }} />
          <col />
          <col style={{ width: '47mm' }} />
        </colgroup>
        <thead>
          <tr style={cell}>
            <th className="c">序</th>
            <th>姓名</th>
            <th>关系</th>
            <th>联系电话</th>
            <th>证件后六位</th>
            <th>授权用途</th>
            <th className="c">有效期</th>
          </tr>
        </thead>
        <tbody>
          {people.length === 0 ? (
            <tr style={cell}>
              <td colSpan={7} className="c">
                （未授权他人：仅委托人本人可借用或取回）
              </td>
            </tr>
          ) : (
            people.map((a, i) => (
              <tr key={a.id} style={cell}>
                <td className="c">{i + 1}</td>
                <td>{a.name}</td>
                <td>{a.relation}</td>
                <td>{a.phoneMasked}</td>
                <td className="c">{a.idTail}</td>
                <td>{a.purposes.map(PURPOSE_PAPER).join('、')}</td>
                <td className="c" style={{ whiteSpace: 'nowrap' }}>
                  {a.validFrom} 至 {a.validTo}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <p style={{ fontWeight: 'bold', marginBottom: '1mm' }}>保管约定：</p>
      <ol style={{ fontSize: '3.7mm', lineHeight: 1.75 }}>
        <li>委托人自愿将上述钥匙交物业服务中心保管。钥匙放在上锁的钥匙柜中，只用编号标签标识，不写房号。</li>
        <li>
          只有上表所列人员，在有效期内、为所列用途，出示身份证件经核对无误后，才可借用钥匙；其他任何人来取，服务中心一律拒绝。
        </li>
        <li>
          每次借出和归还都登记在《钥匙签收单》上：借用人、用途、借出时间、预计归还时间和经手人，借用人和经手人签名。
        </li>
        <li>借用人应按约定时间归还钥匙。逾期未还的，服务中心会联系借用人，并告知委托人。</li>
        <li>授权人员或期限需要变更时，委托人应到服务中心书面办理。</li>
        <li>委托人取回钥匙须本人持身份证件办理。取回后本委托终止，所有授权同时失效。</li>
        <li>
          被授权人借用钥匙期间在房屋内发生的事情，由委托人与被授权人自行处理；因服务中心保管不善造成钥匙遗失或损坏的，由服务中心负责赔偿（含必要的换锁费用）。
        </li>
        <li>本委托书一式两份，委托人和服务中心各执一份。</li>
      </ol>
      <div
        className="sign"
        style={{ position: 'absolute', left: '20mm', right: '20mm', bottom: '16mm', lineHeight: 2.3 }}
      >
        <div>
          委托人（签字）：
          <span className="line" />
          <br />
          身份证号码：
          <span className="line" style={{ minWidth: '44mm' }} />
          <br />
          日期：{paperDate(set.depositedAt)}
        </div>
        <div>
          {ctx.companyName}
          <br />
          物业服务中心（盖章）
          <br />
          经办人：{depositMovement(set)?.staffName ?? <span className="line" />}　日期：{paperDate(set.depositedAt)}
        </div>
      </div>
    </div>
  )
}

function Commitment({ set, ctx }: { set: KeySetView; ctx: PaperContext }) {
  const total = set.pieces.reduce((s, p) => s + p.count, 0)
  return (
    <div className="sheet" style={sheet(A4, '16mm 22mm 14mm', 4)} data-paper="commitment">
      <div className="company" style={{ fontSize: '4mm' }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{ fontSize: '8.5mm', letterSpacing: '3mm', margin: '2mm 0 7mm', paddingLeft: '3mm' }}
      >
        保管钥匙承诺书
      </h1>
      <p style={{ fontWeight: 'bold', marginBottom: '2mm' }}>
        {set.depositorName} 业主（{paperRoom(set.roomCode)}）：
      </p>
      <p style={{ textIndent: '2em', marginBottom: '3mm', lineHeight: 1.8 }}>
        本中心已于{paperDate(set.depositedAt)}收到您交来保管的钥匙共 {total} 把（{piecesText(set.pieces)}），钥匙标签{' '}
        <span className="mono">{set.tagCode}</span>，用途为{PURPOSE_PAPER(set.purpose)}。在保管期间，本中心郑重承诺：
      </p>
      <ol style={{ lineHeight: 1.85 }}>
        <li>
          <b>妥善保管。</b>钥匙存放在上锁的钥匙柜中，由前台专人管理，每次交接班都清点核对。
        </li>
        <li>
          <b>核对后才借出。</b>
          只把钥匙交给《保管钥匙委托书》所列的人员，借出前核对其身份证件、授权用途和有效期；不在名单上的，一律不借。
        </li>
        <li>
          <b>每次都有记录。</b>
          存入、借出、归还、取回，每一次都登记时间、经手人和借用人，并由借用人签名；您可随时到服务中心查询。
        </li>
        <li>
          <b>不擅自使用。</b>未经您授权，本中心任何员工不会用这把钥匙进入您的房屋。
        </li>
        <li>
          <b>保护您的信息。</b>标签上只有编号，不写房号；您和被授权人的信息只用于本次钥匙托管。
        </li>
        <li>
          <b>丢失负责赔偿。</b>因本中心保管不善造成钥匙遗失或损坏的，本中心负责赔偿，包括必要的换锁费用。
        </li>
      </ol>
      <p style={{ textIndent: '2em', marginTop: '3mm', lineHeight: 1.8 }}>
        本承诺自钥匙存入之日起，至您取回钥匙之日止有效。本承诺书一式两份，您和本中心各执一份。
      </p>
      <div style={{ position: 'absolute', right: '22mm', bottom: '20mm', textAlign: 'left', lineHeight: 2.3 }}>
        <div>{ctx.companyName}</div>
        <div>{ctx.estateName}物业服务中心（盖章）</div>
        <div>经办人：{depositMovement(set)?.staffName ?? <span className="line" />}</div>
        <div>日期：{paperDate(set.depositedAt)}</div>
      </div>
    </div>
  )
}

/** 保管钥匙委托书 and 保管钥匙承诺书: one job, two A4 pages. */
export function entrustmentJob(set: KeySetView, ctx: PaperContext): PrintJob {
  const html = documentHtml(`保管钥匙委托书 ${set.tagCode}`, A4, [
    <Entrustment key="e" set={set} ctx={ctx} />,
    <Commitment key="c" set={set} ctx={ctx} />
  ])
  return {
    html,
    pageWidthMm: A4.widthMm,
    pageHeightMm: A4.heightMm,
    target: 'printer',
    fileName: `key-entrustment-${safeName(set.tagCode)}`
  }
}
