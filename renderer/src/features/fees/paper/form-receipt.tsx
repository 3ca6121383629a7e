import type { ReceiptPrintModel } from '@shared/fees/receipt-model'
import { fitFont, mm, tableRows, textWidthEm, type FormGeometry } from './receipt-layout'
import { RECEIPT_WORDS as W } from './receipt-words'
import { Box, Field, HEADERS, NOTE_LINE_MM, PartLegend, Row, cellsOf, note } from './form-receipt-blocks'

/**
 * The receipt on a form (241 mm continuous forms and A5): every block at an absolute position in
 * millimetres, so what comes out of a dot-matrix printer lands on the same spot every time, and a
 * calibration offset moves all of it together.
 *
 * 套打 (`dataOnly`) leaves out what a pre-printed form already carries — company, title, number,
 * column headings, grid, legend — and keeps the labels in place but invisible (the page's `bare`
 * style), so every value sits exactly where the full form puts it.
 */

export function FormReceipt({
  model,
  geometry: g,
  dataOnly = false
}: {
  model: ReceiptPrintModel
  geometry: FormGeometry
  dataOnly?: boolean
}) {
  const width = g.rightMm - g.leftMm
  const x = g.leftMm
  const large = g.heightMm > 100
  const narrow = width < 150
  const font = g.fontMm
  // Header: company; title between the copy mark and the number; who paid for which room.
  const companyY = g.topMm
  const companyH = large ? 6 : 5
  const titleY = companyY + companyH
  const titleH = large ? 10 : 8
  const titleFont = large || narrow ? 7.5 : 6.5
  // Each character is followed by the letter spacing; the double rule runs a little past both ends.
  const titleW = textWidthEm(model.title) * (titleFont + 0.8) + 3
  const infoY = titleY + titleH + 1
  const infoH = 5
  const half = width / 2
  // [label, value, x from the left edge, width, row]
  const info: [string, string, number, number, number][] = narrow
    ? [
        [W.number, model.code, 0, half, 0],
        [W.date, `${model.date} ${model.time}`, half, half, 0],
        [`${model.labels.payer}${W.colon}`, model.payerName, 0, half, 1],
        [W.room, model.roomDisplay, half, half, 1],
        [W.phone, model.phoneMasked, 0, half, 2]
      ]
    : [
        [W.date, `${model.date} ${model.time}`, 0, 58, 0],
        [`${model.labels.payer}${W.colon}`, model.payerName, 58, 46, 0],
        [W.room, model.roomDisplay, 104, 54, 0],
        [W.phone, model.phoneMasked, 158, width - 158, 0]
      ]
  const infoRows = narrow ? 3 : 1
  const tableY = infoY + infoH * infoRows + 1
  // Table, then payments and remarks, then signatures. A continuous form is filled down to its
  // bottom edge (the grid shows empty rows, as a printed form does); A5 ends after the last line.
  const notes = [
    note(`${model.labels.methods}${W.colon}`, model.paymentsText, width, font, narrow ? 3 : 2),
    note(W.remarksSpaced, [model.refersTo, model.remarks].filter(Boolean).join('；'), width, font, narrow ? 3 : 2)
  ]
  const notesH = notes.reduce((sum, n) => sum + n.lines * NOTE_LINE_MM, 0) + 0.8
  const footerRows = narrow ? 2 : 1
  const footerH = 5.5 * footerRows
  const headH = large ? 6.5 : 5.5
  const totalH = large ? 7.5 : 6.5
  const bottom = g.heightMm - g.bottomMm
  const fillArea = bottom - footerH - notesH - 1 - tableY - headH - totalH
  const { rows, rowMm } = g.fill
    ? tableRows(model.lines.length, fillArea, g.rowMm)
    : tableRows(model.lines.length, Math.min(fillArea, Math.max(model.lines.length, 6) * g.rowMm), g.rowMm)
  const lineFont = Math.min(font, rowMm * 0.75)
  const linesY = tableY + headH
  const totalY = linesY + rows * rowMm
  const notesY = totalY + totalH + 1
  const footerY = notesY + notesH
  const [c0, c1, c2, c3, c4] = g.columns
  const capital = { label: W.capitalTotal, value: model.totalCapital }
  // The form's own number is pre-printed on 套打 paper; the A5 info block drops it there.
  const fields = dataOnly ? info.filter(([label]) => label !== W.number) : info

  let noteY = notesY
  return (
    <>
      {!dataOnly && (
        <>
          <Box
            x={x}
            y={companyY}
            w={width}
            h={companyH}
            font={fitFont(`${model.companyName}　${model.estateName}`, width, large ? 4 : 3.4)}
            align="center"
            className="company"
          >
            {model.companyName}
            {model.estateName ? `　${model.estateName}` : ''}
          </Box>
          <Box
            x={x + width / 2 - titleW / 2 - 2}
            y={titleY}
            w={titleW + 4}
            h={titleH}
            font={titleFont}
            align="center"
            className="title"
            testId="title"
          >
            {model.title}
          </Box>
          {/* 收款收据 is underlined twice, as printed forms are. */}
          <div
            className="abs rule2"
            style={{
              left: mm(x + width / 2 - titleW / 2),
              top: mm(titleY + titleH - 0.4),
              width: mm(titleW),
              height: mm(1)
            }}
          />
        </>
      )}
      {model.copyMark && (
        <Box
          x={x}
          y={titleY + 1.8}
          w={textWidthEm(model.copyMark) * 3.2 + 2.4}
          h={titleH - 3.6}
          font={3.2}
          align="center"
          className="boxed"
          testId="copy-mark"
        >
          {model.copyMark}
        </Box>
      )}
      {!narrow && !dataOnly && (
        <Box
          x={x + width - 52}
          y={titleY + 1.5}
          w={52}
          h={titleH - 3}
          font={3.6}
          align="right"
          className="number"
          testId="number"
        >
          No. {model.code}
        </Box>
      )}
      {fields.map(([label, value, dx, w, row]) => (
        <Field key={label} x={x + dx} y={infoY + row * infoH} w={w} h={infoH} font={font} label={label} value={value} />
      ))}
      {!dataOnly && (
        <>
          <div
            className="abs grid"
            style={{ left: mm(x), top: mm(tableY), width: mm(width), height: mm(headH + rows * rowMm + totalH) }}
          />
          <Row x={x} y={tableY} widths={g.columns} h={headH} font={font} cells={HEADERS} header />
        </>
      )}
      {Array.from({ length: rows }, (_, i) => (
        <Row
          key={i}
          x={x}
          y={linesY + i * rowMm}
          widths={g.columns}
          h={rowMm}
          font={lineFont}
          cells={cellsOf(model.lines[i])}
        />
      ))}
      <Row
        x={x}
        y={totalY}
        widths={[c0 + c1 + c2 + c3, c4]}
        h={totalH}
        font={font}
        cells={[capital, model.totalWithSymbol]}
        align={['left', 'right']}
        bottom
      />
      {notes.map((n) => {
        const h = n.lines * NOTE_LINE_MM
        const box = (
          <div
            key={n.label}
            className="abs wrap"
            style={{
              left: mm(x),
              top: mm(noteY),
              width: mm(width),
              height: mm(h),
              lineHeight: mm(NOTE_LINE_MM),
              fontSize: mm(n.font)
            }}
          >
            <span className="label">{n.label}</span>
            {n.value}
          </div>
        )
        noteY += h
        return box
      })}
      {narrow ? (
        <>
          <Field
            x={x}
            y={footerY}
            w={width}
            h={5.5}
            font={font}
            label={`${model.labels.issuer}${W.stamp}`}
            value={model.companyName}
          />
          <Field
            x={x}
            y={footerY + 5.5}
            w={half}
            h={5.5}
            font={font}
            label={`${model.labels.cashier}${W.colon}`}
            value={model.cashierName}
          />
          <Field
            x={x + half}
            y={footerY + 5.5}
            w={half}
            h={5.5}
            font={font}
            label={`${model.labels.payer}${W.signature}`}
            value=""
          />
        </>
      ) : (
        <>
          <Field
            x={x}
            y={footerY}
            w={width * 0.5}
            h={footerH}
            font={font}
            label={`${model.labels.issuer}${W.stamp}`}
            value={model.companyName}
          />
          <Field
            x={x + width * 0.5}
            y={footerY}
            w={width * 0.22}
            h={footerH}
            font={font}
            label={`${model.labels.cashier}${W.colon}`}
            value={model.cashierName}
          />
          <Field
            x={x + width * 0.72}
            y={footerY}
            w={width * 0.28}
            h={footerH}
            font={font}
            label={`${model.labels.payer}${W.signature}`}
            value=""
          />
        </>
      )}
      {model.voidMark && (
        // Beside the title, where it covers no figure: a voided receipt must stay readable.
        <div
          className="abs void"
          data-part="void-mark"
          style={{
            left: mm(x + width / 2 + titleW / 2 + 5),
            top: mm(titleY - 0.5),
            width: mm(24),
            height: mm(titleH + 0.5),
            lineHeight: mm(titleH - 1.1),
            fontSize: mm(titleFont - 0.5)
          }}
        >
          {model.voidMark}
        </div>
      )}
      {g.legend && !dataOnly && <PartLegend x={g.rightMm + 2.5} top={titleY} bottom={footerY + footerH} />}
    </>
  )
}
