import { describe, expect, it } from 'vitest'
import jsQR from 'jsqr'
import {
  A4,
  chunk,
  fitBlockFont,
  PASS_CARD,
  passCardOrigin,
  PASSES_PER_SHEET,
  qrShape
} from '../../../renderer/src/features/permits/paper/paper-layout'
import { wrappedLines } from '../../../renderer/src/features/fees/paper/receipt-layout'
import { passesToPrint, permitToPrint, slipRefusal } from '../../../renderer/src/features/permits/paper/paper-rules'
import type { PaperView, RenovationView, WorkerView } from '../../../shared/permits/renovation-types'
import type { ReleaseView } from '../../../shared/permits/releases-api'

/** The QR path drawn into an RGBA bitmap, `scale` pixels a module, for jsQR to read back. */
function decode(payload: string, quiet = 4, scale = 4): string | null {
  const shape = qrShape(payload, quiet)
  const side = shape.size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const m of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, len] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let py = y * scale; py < (y + 1) * scale; py += 1)
      for (let px = x * scale; px < (x + len) * scale; px += 1)
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
  }
  return jsQR(pixels, side, side)?.data ?? null
}

const PAYLOAD =
  'FD1.P.ZX2026-000123.2.20260615.20260912.ZW-3-2-1502.1.' +
  'q3Yx2cWm1tFvJb8kX0pYt2rVq9d5mHnZ7LwKc4sUe6gA1oPiRyT3uBfDjN8hQlMxGz0vCkS5aE7bW9n_-2d4f6h8j0'

describe('the QR code of a paper', () => {
  it('reads back as exactly the payload, with or without a wide quiet zone', () => {
    expect(decode(PAYLOAD)).toBe(PAYLOAD)
    expect(decode(PAYLOAD, 2)).toBe(PAYLOAD)
  })

  it('is a square of modules: a payload of this length fits a version whose modules stay ≥ 0.35 mm on a 21 mm card', () => {
    const shape = qrShape(PAYLOAD, 2)
    expect(shape.path.startsWith('M')).toBe(true)
    expect(21 / shape.size).toBeGreaterThanOrEqual(0.35)
  })
})

describe('pass cards on an A4 sheet', () => {
  const boxes = Array.from({ length: PASSES_PER_SHEET }, (_, i) => passCardOrigin(i))

  it('puts ten ID-1 cards on the page, each at least 5 mm from the edge', () => {
    expect(PASSES_PER_SHEET).toBe(10)
    for (const b of boxes) {
      expect(b.leftMm).toBeGreaterThanOrEqual(5)
      expect(b.topMm).toBeGreaterThanOrEqual(5)
      expect(b.leftMm + PASS_CARD.widthMm).toBeLessThanOrEqual(A4.widthMm - 5)
      expect(b.topMm + PASS_CARD.heightMm).toBeLessThanOrEqual(A4.heightMm - 5)
    }
  })

  it('leaves a gap of at least 3 mm to cut between any two cards', () => {
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apartX = Math.max(b.leftMm - (a.leftMm + PASS_CARD.widthMm), a.leftMm - (b.leftMm + PASS_CARD.widthMm))
        const apartY = Math.max(b.topMm - (a.topMm + PASS_CARD.heightMm), a.topMm - (b.topMm + PASS_CARD.heightMm))
        expect(Math.max(apartX, apartY)).toBeGreaterThanOrEqual(3)
      }
  })

  it('starts each sheet again at the first place; a long list runs over sheets of ten', () => {
    expect(passCardOrigin(10)).toEqual(passCardOrigin(0))
    expect(
      chunk(
        Array.from({ length: 23 }, (_, i) => i),
        PASSES_PER_SHEET
      ).map((c) => c.length)
    ).toEqual([10, 10, 3])
    expect(chunk([], PASSES_PER_SHEET)).toEqual([])
  })
})

describe('fitting a block of text', () => {
  const box = { widthMm: 140, heightMm: 30 }
  it('keeps the base size when the text fits, shrinks it just enough when not, never below the minimum', () => {
    expect(fitBlockFont(['拆改房屋主体结构'], box, 4.2, 2.4)).toBe(4.2)
    const long = Array.from({ length: 6 }, () => '改变房屋外立面及外门窗的颜色、形状，损坏或改动公共设施、烟道、管井')
    const font = fitBlockFont(long, box, 4.2, 2.4)
    expect(font).toBeLessThan(4.2)
    const height = (f: number) => long.reduce((s, p) => s + wrappedLines(p, box.widthMm, f), 0) * f * 1.4
    expect(height(font)).toBeLessThanOrEqual(box.heightMm)
    expect(height(font + 0.1)).toBeGreaterThan(box.heightMm)
    expect(
      fitBlockFont(
        Array.from({ length: 60 }, () => long[0]!),
        box,
        4.2,
        2.4
      )
    ).toBe(2.4)
  })
})

const paper = (kind: PaperView['kind'], number: string, standing: PaperView['standing'], id: number): PaperView => ({
  id,
  kind,
  number,
  edition: 1,
  validFrom: '2026-06-15',
  validTo: '2026-09-12',
  hint: 'X',
  payload: 'FD1',
  checkCode: 'K7QX-M2PD',
  standing,
  standingAt: null,
  standingNote: '',
  issuedAt: '2026-06-15T02:00:00.000Z',
  issuedBy: '王芳'
})
const worker = (id: number, passes: PaperView[]) => ({ id, name: `W${id}`, passes }) as unknown as WorkerView
const renovation = (status: RenovationView['status'], permits: PaperView[], workers: WorkerView[] = []) =>
  ({ number: 'ZS2026-000012', status, permits, workers }) as unknown as RenovationView

describe('what may be printed', () => {
  const permit = paper('permit', 'ZX2026-000123', 'valid', 1)

  it('prints the newest permit edition of a running renovation', () => {
    const older = paper('permit', 'ZX2026-000123', 'lost', 2)
    expect(permitToPrint(renovation('active', [permit, older]))).toEqual({ permit })
  })

  it('refuses the permit of a suspended or revoked renovation, one not yet issued, and a withdrawn edition', () => {
    expect(permitToPrint(renovation('suspended', [permit]))).toEqual({
      refusal: { key: 'permitPaper.refused.renovation', number: 'ZS2026-000012', status: 'suspended', kind: 'permit' }
    })
    expect(permitToPrint(renovation('revoked', [permit]))).toMatchObject({ refusal: { status: 'revoked' } })
    expect(permitToPrint(renovation('approved', []))).toEqual({
      refusal: { key: 'permitPaper.refused.noPermit', number: 'ZS2026-000012' }
    })
    const revoked = paper('permit', 'ZX2026-000124', 'revoked', 3)
    expect(permitToPrint(renovation('active', [revoked]))).toMatchObject({ refusal: { standing: 'revoked' } })
  })

  it('prints the named passes in the workers’ order, and refuses the whole sheet for one that is out', () => {
    const a = paper('pass', 'CR2026-000041', 'valid', 11)
    const b = paper('pass', 'CR2026-000042', 'notYetValid', 12)
    const lost = paper('pass', 'CR2026-000043', 'lost', 13)
    const r = renovation('active', [permit], [worker(1, [a]), worker(2, [b, lost])])
    const chosen = passesToPrint(r, [12, 11])
    expect('passes' in chosen && chosen.passes.map((p) => p.pass.number)).toEqual(['CR2026-000041', 'CR2026-000042'])
    expect(passesToPrint(r, [11, 13])).toMatchObject({
      refusal: { key: 'permitPaper.refused.paper', number: 'CR2026-000043' }
    })
    expect(passesToPrint(r, [99])).toEqual({ refusal: { key: 'permitPaper.refused.noPasses' } })
    expect(passesToPrint(renovation('revoked', [permit], [worker(1, [a])]), [11])).toMatchObject({
      refusal: { kind: 'pass', status: 'revoked' }
    })
  })

  it('prints a slip only while it may still be used', () => {
    const slip = (standing: PaperView['standing']) =>
      ({ paper: paper('slip', 'FX2026-000067', standing, 21) }) as ReleaseView
    expect(slipRefusal(slip('valid'))).toBeNull()
    expect(slipRefusal(slip('used'))).toMatchObject({ key: 'permitPaper.refused.paper', standing: 'used' })
    expect(slipRefusal(slip('expired'))).toMatchObject({ standing: 'expired' })
  })
})
