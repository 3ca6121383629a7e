import { Col, Row, Space } from 'antd'
import type { HandoverTabProps } from '../tabs'
import { EntryForm } from './EntryForm'
import { LedgerDrawer } from './LedgerDrawer'
import { LedgerList } from './LedgerList'
import { ContactsCard, FiguresCard } from './LedgerSide'

/**
 * 台帐 (客服前台台帐 · 工作日志): the fast entry form on top (F2), the ledger below with its filters
 * (夜间 for the night duty log, 到期 for the answers due), the review figures and the outside
 * numbers beside; `#/handover/ledger/<id>` opens the entry's drawer.
 */
export function LedgerTab({ openId, open }: HandoverTabProps) {
  return (
    <Row gutter={12} data-testid="ledger-tab">
      <Col xs={24} xl={17}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <EntryForm onLogged={() => undefined} />
          <LedgerList onOpen={(id) => open(id)} />
        </Space>
      </Col>
      <Col xs={24} xl={7}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <FiguresCard />
          <ContactsCard />
        </Space>
      </Col>
      {openId !== null && <LedgerDrawer id={openId} onClose={() => open(null)} />}
    </Row>
  )
}
