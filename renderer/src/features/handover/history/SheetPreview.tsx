import { useMemo } from 'react'
import { api } from '@shared/api'
import type { HandoverSheet } from '@shared/handover/types'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { pageCount } from '../../../lib/print/page-count'
import { handoverSheetJob } from '../paper/handover-sheet'

const PX_PER_MM = 96 / 25.4

/**
 * The 交接班记录表 as it prints (as the original: copy 1, no 副本 mark), every page, scaled into the
 * drawer: the same self-contained HTML in a sandboxed frame, so what is read here is what was signed.
 */
export function SheetPreview({ sheet, widthPx }: { sheet: HandoverSheet; widthPx: number }) {
  const { t, locale } = useI18n()
  const settings = useApiQuery(api.settings.get, {})
  const companyName = settings.data?.companyName ?? ''
  const estateName = settings.data?.estateName ?? ''
  const job = useMemo(
    () => handoverSheetJob(sheet, 1, { companyName, estateName }, { t, locale }),
    [sheet, companyName, estateName, t, locale]
  )
  const width = job.pageWidthMm * PX_PER_MM
  const height = job.pageHeightMm * PX_PER_MM * pageCount(job)
  const scale = Math.min(1, widthPx / width)
  return (
    <div
      style={{
        width: width * scale,
        height: height * scale,
        overflow: 'hidden',
        border: `1px solid ${colors.border}`,
        boxShadow: colors.shadowPaper,
        background: colors.bgContainer
      }}
      data-testid="history-sheet-preview"
    >
      <iframe
        title={t('handoverHistory.drawer.sheet')}
        srcDoc={job.html}
        sandbox=""
        style={{ width, height, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  )
}
