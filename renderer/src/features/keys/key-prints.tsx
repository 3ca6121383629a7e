import type { ReactNode } from 'react'
import QRCode from 'qrcode'
import type { PrintJob } from '@shared/kernel/bridge'
import type { KeyMovementView, KeySetView } from '@shared/keys/api'
import { hookPlace } from './key-labels'
import {
  A5,
  documentHtml,
  LABEL,
  paperRoom,
  paperTime,
  piecesText,
  PURPOSE_PAPER,
  safeName,
  sheet,
  type PaperContext
} from './key-paper-print'

/** The 50 × 30 mm tag label: the code large, its QR code (what the scanner reads), the hook. No room. */
export async function tagLabelJob(set: KeySetView, ctx: PaperContext): Promise<PrintJob> {
  const qr = await QRCode.toDataURL(set.tagCode, { margin: 1, errorCorrectionLevel: 'M', width: 240 })
  const codeMm = Math.min(6.5, Math.floor((21 / Math.max(set.tagCode.length * 0.72, 1)) * 10) / 10)
  const body = (
    <div className="sheet" style={{ width: '50mm', height: '30mm', position: 'relative' }} data-paper="label">
      <img src={qr} alt="" style={{ position: 'absolute', left: '1.5mm', top: '3mm', width: '24mm', height: '24mm' }} />
      <div
        style={{
          position: 'absolute',
          left: '26.5mm',
          right: '1.2mm',
          top: '3mm',
          bottom: '3mm',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between'
        }}
      >
        <div style={{ fontSize: '2.4mm', lineHeight: 1.2, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {ctx.estateName} 钥匙托管
        </div>
        <div className="mono" style={{ fontSize: `${codeMm}mm`, lineHeight: 1.1, whiteSpace: 'nowrap' }}>
          {set.tagCode}
        </div>
        <div style={{ lineHeight: 1.15, fontWeight: 'bold', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <span style={{ fontSize: '2.8mm' }}>{set.cabinetName}</span>
          <br />
          <span style={{ fontSize: '4.2mm' }}>
            {set.hookRow}-{set.hookColumn}
          </span>
        </div>
      </div>
    </div>
  )
  const html = documentHtml(`钥匙标签 ${set.tagCode}`, LABEL, body)
  return {
    html,
    pageWidthMm: LABEL.widthMm,
    pageHeightMm: LABEL.heightMm,
    target: 'printer',
    fileName: `key-label-${safeName(set.tagCode)}`
  }
}

/** The hand-out a 签收单 is printed for: the open one, or else the last. */
export function lastHandout(set: KeySetView): KeyMovementView | null {
  const open = set.borrow ? set.movements.find((m) => m.id === set.borrow!.movementId) : undefined
  if (open) return open
  const borrows = set.movements.filter((m) => m.kind === 'borrow').sort((a, b) => b.at.localeCompare(a.at))
  return borrows[0] ?? null
}

/** 钥匙签收单 of one hand-out on A5; the return part is filled in when the key is back. */
export function signOutJob(
  set: KeySetView,
  handout: KeyMovementView,
  ctx: PaperContext,
  extra: { idTail?: string; phone?: string } = {}
): PrintJob {
  const back = set.movements
    .filter((m) => (m.kind === 'return' || m.kind === 'withdraw') && m.at >= handout.at)
    .sort((a, b) => a.at.localeCompare(b.at))[0]
  const idTail = extra.idTail ?? set.authorizations.find((a) => a.name === handout.personName)?.idTail ?? ''
  const phone = extra.phone ?? (set.borrow?.movementId === handout.id ? set.borrow.phoneMasked : '')
  const rows: [string, ReactNode, string, ReactNode][] = [
    [
      '钥匙标签',
      <span className="mono">{set.tagCode}</span>,
      '存放位置',
      hookPlace(set.cabinetName, set.hookRow, set.hookColumn)
    ],
    ['房　　号', paperRoom(set.roomCode), '借出件数', `${handout.count} 把`],
    ['借 用 人', handout.personName, '证件后六位', idTail],
    ['联系电话', phone, '借用用途', handout.purpose ? PURPOSE_PAPER(handout.purpose) : ''],
    ['借出时间', paperTime(handout.at), '预计归还', paperTime(handout.expectedReturnAt)],
    [
      '经 手 人',
      handout.staffName,
      '特批',
      handout.approverName ? `${handout.approverName}：${handout.overrideReason ?? ''}` : '—'
    ]
  ]
  const body = (
    <div className="sheet" style={sheet(A5, '10mm 11mm 9mm', 3.5)} data-paper="sign-out">
      <div className="company" style={{ fontSize: '3.4mm' }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{ fontSize: '6.5mm', letterSpacing: '2mm', margin: '1mm 0 0.5mm', paddingLeft: '2mm' }}
      >
        钥匙签收单
      </h1>
      <div className="sub" style={{ fontSize: '3mm', marginBottom: '3mm' }}>
        {ctx.estateName}物业服务中心 · 第 {handout.id} 号
      </div>
      <table style={{ marginBottom: '2.5mm' }}>
        <tbody>
          {rows.map(([k1, v1, k2, v2]) => (
            <tr key={k1} style={{ height: '8mm' }}>
              <td className="k" style={{ width: '20mm' }}>
                {k1}
              </td>
              <td>{v1}</td>
              <td className="k" style={{ width: '20mm' }}>
                {k2}
              </td>
              <td>{v2}</td>
            </tr>
          ))}
          <tr style={{ height: '8mm' }}>
            <td className="k">钥匙明细</td>
            <td colSpan={3}>{piecesText(set.pieces)}</td>
          </tr>
        </tbody>
      </table>
      <p style={{ fontSize: '3.2mm', lineHeight: 1.6 }}>
        本人已出示身份证件并领取上述钥匙，保证只用于上述用途，按时归还，借用期间妥善保管，不转借他人、不私自复制；如有遗失或损坏，照价赔偿。
      </p>
      <div className="sign" style={{ marginTop: '6mm', lineHeight: 2 }}>
        <div>
          借用人签名：
          <span className="line" style={{ minWidth: '26mm' }} />
        </div>
        <div>
          经手人签名：
          <span className="line" style={{ minWidth: '26mm' }} />
        </div>
      </div>
      <div
        className="cut"
        style={{
          position: 'absolute',
          left: '11mm',
          right: '11mm',
          bottom: '12mm',
          paddingTop: '3mm',
          lineHeight: 2.2
        }}
      >
        <b>归还登记</b>
        <div className="sign">
          <div>归还时间：{back ? paperTime(back.at) : <span className="line" style={{ minWidth: '30mm' }} />}</div>
          <div>归还件数：{back ? `${back.count} 把` : <span className="line" style={{ minWidth: '16mm' }} />}</div>
        </div>
        <div className="sign">
          <div>
            归还人签名：
            <span className="line" style={{ minWidth: '26mm' }} />
          </div>
          <div>收回人：{back ? back.staffName : <span className="line" style={{ minWidth: '26mm' }} />}</div>
        </div>
      </div>
    </div>
  )
  const html = documentHtml(`钥匙签收单 ${set.tagCode}`, A5, body)
  return {
    html,
    pageWidthMm: A5.widthMm,
    pageHeightMm: A5.heightMm,
    target: 'printer',
    fileName: `key-sign-out-${safeName(set.tagCode)}-${handout.id}`
  }
}
