import type { PrintJob } from '@shared/kernel/bridge'
import { colors } from '@renderer/lib/colors'

const PX_PER_MM = 96 / 25.4

/** A print page exactly as it goes to the printer, scaled into `widthPx`: the same HTML in a sandboxed frame. */
export function PagePreview({ job, widthPx, testId }: { job: PrintJob; widthPx: number; testId?: string }) {
  const width = job.pageWidthMm * PX_PER_MM
  const height = job.pageHeightMm * PX_PER_MM
  const scale = Math.min(1, widthPx / width)
  return (
    <div
      style={{
        width: width * scale,
        height: height * scale,
        overflow: 'hidden',
        border: `1px solid ${colors.border}`,
        boxShadow: colors.shadowPaper,
        background: colors.bgContainer,
        margin: '0 auto'
      }}
      data-testid={testId}
    >
      <iframe
        title={testId ?? 'page-preview'}
        srcDoc={job.html}
        sandbox=""
        style={{ width, height, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  )
}
