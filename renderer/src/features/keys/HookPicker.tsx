import { useState } from 'react'
import { Empty, Modal, Segmented, Spin, Typography } from 'antd'
import { api } from '@shared/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { CabinetGrid } from './CabinetGrid'

export interface HookChoice {
  cabinetId: number
  row: number
  column: number
}

/** A small picture of the cabinets where only an empty hook can be chosen. */
export function HookPicker({
  value,
  onPick,
  onClose
}: {
  value: HookChoice | null
  onPick: (choice: HookChoice) => void
  onClose: () => void
}) {
  const { t } = useI18n()
  const cabinets = useApiQuery(api.keys.cabinets, {}, { staleTime: 0 })
  const [cabinetId, setCabinetId] = useState<number | null>(value?.cabinetId ?? null)
  const list = cabinets.data ?? []
  const cabinet = list.find((c) => c.id === cabinetId) ?? list[0]
  return (
    <Modal
      open
      width={720}
      title={t('keys.pickHook')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="hook-picker"
    >
      {cabinets.isPending ? (
        <Spin />
      ) : !cabinet ? (
        <Empty description={t('keys.noCabinets')} />
      ) : (
        <>
          {list.length > 1 && (
            <Segmented
              value={cabinet.id}
              onChange={(v) => setCabinetId(Number(v))}
              options={list.map((c) => ({ value: c.id, label: c.name }))}
              style={{ marginBottom: 12 }}
            />
          )}
          <Typography.Paragraph type="secondary">{t('keys.pickHookHint')}</Typography.Paragraph>
          <CabinetGrid
            cabinet={cabinet}
            mode="pick"
            selected={value && value.cabinetId === cabinet.id ? value : null}
            onHook={(hook) => {
              if (hook.state !== 'empty') return
              onPick({ cabinetId: cabinet.id, row: hook.row, column: hook.column })
              onClose()
            }}
          />
        </>
      )}
    </Modal>
  )
}
