import { useState } from 'react'
import { Button, Drawer, List, Space, Spin, Tag, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import { useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { useRefocus } from '../../../lib/use-refocus'
import { stateTag } from '../../../lib/colors'
import { KeyHint, mono } from '../ledger/ledger-labels'
import { useHandoverSheetPrint } from '../paper/handover-sheet-print'
import { RecordFacts } from './record-facts'
import { SheetPreview } from './SheetPreview'

/** The drawer's one step on its key: the browser's Ctrl+P would print the screen, so here it prints the sheet. */
export const REPRINT_KEY = 'Ctrl+P'
const DRAWER_PX = 860

/**
 * One handover (`#/handover/history/<id>`): who handed over to whom and every difference, who has
 * read its notes, and the 交接班记录表 itself as it prints; Ctrl+P prints it again, marked 副本.
 */
export function HistoryDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n()
  const query = useApiQuery(api.handover.get, { id }, { staleTime: 0 })
  const printSheet = useHandoverSheetPrint()
  const [printing, setPrinting] = useState(false)
  const { actions, refocus } = useRefocus(printing || query.isFetching)
  const view = query.data

  async function reprint() {
    if (!view || printing) return
    setPrinting(true)
    try {
      await printSheet(view)
    } finally {
      setPrinting(false)
      // The browser's print dialog took the focus: it comes back to the drawer's step.
      refocus()
    }
  }
  useHotkeys({ [REPRINT_KEY]: () => (view ? void reprint() : false) })

  const title = view ? (
    <Space size={12}>
      <span style={{ ...mono, fontSize: 18, fontWeight: 700 }} data-testid="history-drawer-number">
        {view.number}
      </span>
      {view.notesImportant && <Tag color={stateTag.bad}>{t('handoverHistory.important')}</Tag>}
    </Space>
  ) : (
    t('handoverHistory.drawer.title')
  )
  return (
    <Drawer open size={DRAWER_PX} title={title} onClose={onClose} destroyOnHidden data-testid="history-drawer">
      {query.isPending ? (
        <Spin />
      ) : !view ? (
        <Typography.Text type="danger">{query.error?.message}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div ref={actions} tabIndex={-1} style={{ outline: 'none' }}>
            <Space size={12}>
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                loading={printing}
                onClick={() => void reprint()}
                data-testid="history-reprint"
              >
                {t(view.prints > 0 ? 'handoverHistory.drawer.reprint' : 'handoverHistory.drawer.print')}
                <KeyHint keys={REPRINT_KEY} />
              </Button>
              <Typography.Text type="secondary" data-testid="history-prints">
                {view.prints > 0
                  ? t('handoverHistory.drawer.prints', { n: view.prints })
                  : t('handoverHistory.drawer.notPrinted')}
              </Typography.Text>
            </Space>
          </div>
          <RecordFacts view={view} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('handoverHistory.drawer.acks')}
          </Typography.Title>
          <List
            size="small"
            bordered
            dataSource={view.acknowledgedBy}
            locale={{ emptyText: t('handoverHistory.drawer.noAcks') }}
            renderItem={(ack) => (
              <List.Item>{t('handoverHistory.drawer.ack', { name: ack.name, at: localDateTime(ack.at) })}</List.Item>
            )}
            data-testid="history-acks"
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('handoverHistory.drawer.sheet')}
          </Typography.Title>
          <SheetPreview sheet={view.sheet} widthPx={DRAWER_PX - 60} />
        </Space>
      )}
    </Drawer>
  )
}
