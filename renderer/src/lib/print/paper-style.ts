import { FONT_STACK } from '../../features/fees/paper/receipt-layout'

/**
 * The base of every multi-page paper (notices, letters, key forms): white sheets in black
 * serif CJK type, one `.sheet` per page with a page break after each but the last.
 */
export const PAPER_STYLE = `
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: ${FONT_STACK}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; box-sizing: border-box; overflow: hidden; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.company { text-align: center; letter-spacing: 0.6mm; }
.title { text-align: center; font-weight: bold; margin: 0; }
.sub { text-align: center; }
`
