import type { PrintJob } from '@shared/kernel/bridge'

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A printer test page at an exact size: a border 5 mm inside the paper edge and a 10 mm ruler,
 * so a clerk can see at a glance whether the printer clips or shifts the page.
 */
export function testPageJob(
  words: { title: string; body: string; estate: string; at: string },
  widthMm = 148,
  heightMm = 210
): PrintJob {
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: ${widthMm}mm ${heightMm}mm; margin: 0 }
html, body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
.frame { position: absolute; inset: 5mm; border: 0.4mm solid #000; padding: 8mm; box-sizing: border-box; }
h1 { font-size: 7mm; margin: 0 0 6mm; }
p { font-size: 4mm; line-height: 1.6; }
.ruler { margin-top: 8mm; width: 100mm; height: 4mm; background: repeating-linear-gradient(90deg, #000 0 0.3mm, transparent 0.3mm 10mm); border-bottom: 0.3mm solid #000; }
</style></head><body><div class="frame"><h1>${escape(words.title)}</h1><p>${escape(words.estate)}</p><p>${escape(words.body)}</p><p>${escape(words.at)}</p><p>${widthMm} mm × ${heightMm} mm</p><div class="ruler"></div></div></body></html>`
  return { html, pageWidthMm: widthMm, pageHeightMm: heightMm, target: 'printer', fileName: 'test-page' }
}
