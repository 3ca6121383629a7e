import { Button, Checkbox, Input, Select, Space, Typography } from 'antd'
import { CheckOutlined, CloseOutlined, PrinterOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'
import { colors } from '../../../lib/colors'
import { useCheckinPrints } from '../paper/use-checkin-prints'
import type { StepProps } from '../StepPanel'
import { PrintButton } from './PrintButton'
import { ScanButton } from './ScanButton'

type Line = StepProps<'inspection'>['value']['lines'][number]

/**
 * 房屋验收: the checklist as one line per area, each item 合格 until the clerk marks it 有缺陷
 * (a click or Space on it); a defect then asks for its category, description and an optional
 * photo, and becomes a work order at the finish.
 */
export function InspectionStep({ view, value, onChange, saveDraft }: StepProps<'inspection'>) {
  const { t } = useI18n()
  const prints = useCheckinPrints()
  const lines = value.lines
  const setLine = (i: number, change: Partial<Line>) =>
    onChange({ ...value, lines: lines.map((l, j) => (j === i ? { ...l, ...change } : l)) })
  const areas = [...new Set(lines.map((l) => l.area))]
  const defects = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.result === 'defect')
  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }}>
      <div data-testid="checkin-inspection">
        {areas.map((area) => (
          <div key={area} style={{ display: 'flex', alignItems: 'center', gap: 6, padding: '3px 0', flexWrap: 'wrap' }}>
            <Typography.Text strong style={{ width: 64 }}>
              {area}
            </Typography.Text>
            {lines.map((l, i) =>
              l.area !== area ? null : (
                <Button
                  key={`${l.area}-${l.item}`}
                  size="small"
                  danger={l.result === 'defect'}
                  icon={l.result === 'defect' ? <CloseOutlined /> : <CheckOutlined style={{ color: colors.paid }} />}
                  onClick={() => setLine(i, { result: l.result === 'defect' ? 'pass' : 'defect' })}
                  data-testid={`inspect-${l.area}-${l.item}`}
                >
                  {l.item}
                </Button>
              )
            )}
          </div>
        ))}
      </div>
      <Typography.Text type="secondary">
        {defects.length === 0 ? t('checkin.inspectionAllPass') : t('checkin.inspectionDefects', { n: defects.length })}
      </Typography.Text>
      {defects.map(({ l, i }) => (
        <DefectLine key={i} view={view} line={l} onChange={(change) => setLine(i, change)} />
      ))}
      <Space wrap>
        <Input
          style={{ width: 280 }}
          maxLength={30}
          placeholder={t('checkin.inspector')}
          value={value.inspector ?? ''}
          onChange={(e) => onChange({ ...value, inspector: e.target.value })}
          data-testid="inspection-inspector"
        />
        <PrintButton
          icon={<PrinterOutlined />}
          label={t('checkin.printHandover')}
          print={async () => {
            if (await saveDraft()) await prints.printHandoverForm(view.id)
          }}
          testId="checkin-print-handover"
        />
      </Space>
      <Checkbox
        checked={value.ownerConfirmed}
        onChange={(e) => onChange({ ...value, ownerConfirmed: e.target.checked })}
        data-testid="inspection-confirmed"
      >
        {t('checkin.inspectionConfirmed')}
      </Checkbox>
    </Space>
  )
}

/** A defect's category, description and optional photo. */
function DefectLine({
  view,
  line: l,
  onChange
}: {
  view: StepProps<'inspection'>['view']
  line: Line
  onChange: (change: Partial<Line>) => void
}) {
  const { t } = useI18n()
  return (
    <Space wrap style={{ display: 'flex' }} data-testid="defect-line">
      <Typography.Text style={{ width: 120, display: 'inline-block', color: colors.owed }}>
        {l.area}·{l.item}
      </Typography.Text>
      <Select
        size="small"
        style={{ width: 120 }}
        placeholder={t('checkin.defectCategory')}
        value={l.category || undefined}
        onChange={(category: string) => onChange({ category })}
        options={view.settings.defectCategories.map((c) => ({ value: c, label: c }))}
        data-testid="defect-category"
      />
      <Input
        size="small"
        style={{ width: 320 }}
        maxLength={300}
        placeholder={t('checkin.defectDescription')}
        value={l.description ?? ''}
        onChange={(e) => onChange({ description: e.target.value })}
        data-testid="defect-description"
      />
      <ScanButton
        roomId={view.roomId}
        typeKey={null}
        attachmentId={l.attachmentId ?? null}
        onAttached={(attachmentId) => onChange({ attachmentId })}
        label={t('checkin.defectPhoto')}
      />
    </Space>
  )
}
