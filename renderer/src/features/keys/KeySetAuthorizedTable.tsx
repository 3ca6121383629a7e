import { Empty, Table, Tag } from 'antd'
import { api } from '@shared/api'
import type { AuthorizationView } from '@shared/keys/api'
import { call } from '../../lib/api/client'
import { Revealable } from '../households/Revealable'
import { useI18n } from '../../lib/i18n'
import { keyStateColors, stateTag } from '@renderer/lib/colors'

/** Asks the core for a borrower's phone; the core audits it on the room's timeline. */
export const revealPhone = (source: 'authorization' | 'movement', id: number) => async () =>
  (await call(api.privacy.revealKeyPhone, { source, id })).value

export function AuthorizedTable({ rows, mayLend }: { rows: AuthorizationView[]; mayLend: boolean }) {
  const { t } = useI18n()
  return (
    <Table<AuthorizationView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="keyset-authorized"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keys.noAuthorized')} /> }}
      rowClassName={(a) => (a.current ? '' : 'keys-auth-past')}
      columns={[
        {
          title: t('keys.authName'),
          dataIndex: 'name',
          render: (v: string, a) => (
            <span
              style={{
                fontWeight: a.current ? 600 : 400,
                color: a.current ? undefined : keyStateColors.empty.color,
                whiteSpace: 'nowrap'
              }}
            >
              {v}
            </span>
          )
        },
        { title: t('keys.relation'), dataIndex: 'relation' },
        {
          title: t('keys.phone'),
          dataIndex: 'phoneMasked',
          render: (v: string, a) => (
            <Revealable
              masked={v}
              allowed={mayLend}
              label={t('keys.revealPhone')}
              testId="auth-phone-masked"
              reveal={revealPhone('authorization', a.id)}
            />
          )
        },
        { title: t('keys.idTailShort'), dataIndex: 'idTail', width: 112 },
        {
          title: t('keys.purposes'),
          render: (_, a) =>
            a.purposes.map((p) => (
              <Tag key={p} style={{ marginInlineEnd: 4 }}>
                {t(`keys.purpose.${p}`)}
              </Tag>
            ))
        },
        { title: t('keys.validity'), render: (_, a) => `${a.validFrom} ~ ${a.validTo}`, width: 200 },
        {
          title: '',
          width: 80,
          render: (_, a) =>
            a.current ? (
              <Tag color={stateTag.good}>{t('keys.authCurrent')}</Tag>
            ) : (
              <Tag>{a.closedAt ? t('keys.authClosed') : t('keys.authExpired')}</Tag>
            )
        }
      ]}
    />
  )
}
