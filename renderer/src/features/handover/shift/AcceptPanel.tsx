import { Alert, AutoComplete, Button, Card, Checkbox, Form, Input, Space } from 'antd'
import { api } from '@shared/api'
import type { HandoverSummary } from '@shared/handover/types'
import { DUTY_ROLES, roleAllowed } from '@shared/kernel/roles'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { KeyHint } from '../ledger/ledger-labels'
import { SHIFT_KEYS } from './count-parts'
import { DifferencesBox } from './DifferencesBox'

/** The incoming person: picked from the staff list (or typed), their own password on this screen. */
function IncomingFields({ summary, onAccept }: { summary: HandoverSummary; onAccept: () => void }) {
  const { t } = useI18n()
  const staff = useApiQuery(api.duty.staff, {})
  const options = (staff.data ?? [])
    .filter((s) => s.id !== summary.shift.holderId && roleAllowed(s.role, DUTY_ROLES))
    .map((s) => ({
      value: s.username,
      label: `${s.displayName}（${s.username}）`,
      search: `${s.displayName} ${s.username}`
    }))
  const required = { required: true, whitespace: true, message: t('field.required') }
  return (
    <>
      <Form.Item
        name={['incoming', 'username']}
        label={
          <span>
            {t('shiftScreen.incoming.username')}
            <KeyHint keys={SHIFT_KEYS.incoming} />
          </span>
        }
        rules={[required]}
      >
        <AutoComplete
          options={options}
          filterOption={(typed, option) => (option?.search ?? '').toLowerCase().includes(typed.trim().toLowerCase())}
          placeholder={t('shiftScreen.incoming.usernamePlaceholder')}
        >
          <Input autoComplete="off" data-testid="handover-incoming-username" />
        </AutoComplete>
      </Form.Item>
      <Form.Item name={['incoming', 'password']} label={t('shiftScreen.incoming.password')} rules={[required]}>
        <Input.Password
          autoComplete="off"
          // Enter after the password accepts, as at sign-in; Ctrl+Enter is the page's key already.
          onPressEnter={(event) => !event.ctrlKey && onAccept()}
          data-testid="handover-incoming-password"
        />
      </Form.Item>
    </>
  )
}

/**
 * The right-hand column, in the order the two people go through it: the outgoing person's notes,
 * the differences both acknowledge, the incoming person's check of the desk and their sign-in, then
 * 接班确认 — or, when nobody takes over, a supervisor closes the shift alone.
 */
export function AcceptPanel({
  summary,
  error,
  busy,
  onAccept,
  onCloseAlone
}: {
  summary: HandoverSummary
  error: string | null
  busy: boolean
  onAccept: () => void
  onCloseAlone: () => void
}) {
  const { t } = useI18n()
  const cleaningOk = Form.useWatch('cleaningOk') as boolean | undefined
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <span>
            {t('shiftScreen.notes.title')}
            <KeyHint keys={SHIFT_KEYS.notes} />
          </span>
        }
      >
        <Form.Item name="notes" style={{ marginBottom: 8 }}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t('shiftScreen.notes.placeholder')}
            data-testid="handover-notes"
          />
        </Form.Item>
        <Form.Item name="notesImportant" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="handover-notes-important">{t('shiftScreen.notes.important')}</Checkbox>
        </Form.Item>
      </Card>
      <DifferencesBox summary={summary} />
      <Card size="small" title={t('shiftScreen.incoming.title')} data-testid="handover-incoming">
        <Form.Item name="cleaningOk" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox data-testid="handover-cleaning-ok">{t('shiftScreen.cleaning.ok')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="cleaningNote"
          label={cleaningOk ? t('shiftScreen.cleaning.note') : t('shiftScreen.cleaning.problem')}
        >
          <Input maxLength={200} autoComplete="off" data-testid="handover-cleaning-note" />
        </Form.Item>
        <IncomingFields summary={summary} onAccept={onAccept} />
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="handover-error" />
        )}
        <Button type="primary" block size="large" loading={busy} onClick={onAccept} data-testid="handover-accept">
          {t('shiftScreen.accept')} ({SHIFT_KEYS.accept})
        </Button>
        <Button
          block
          style={{ marginTop: 8 }}
          disabled={busy}
          onClick={onCloseAlone}
          data-testid="handover-close-alone"
        >
          {t('shiftScreen.closeAlone')}
          <KeyHint keys={SHIFT_KEYS.closeAlone} />
        </Button>
      </Card>
    </Space>
  )
}
