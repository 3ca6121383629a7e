import type { ReactNode } from 'react'
import { Card, Typography } from 'antd'
import { useI18n } from '../../lib/i18n'
import { brand } from '@renderer/lib/colors'

/** The frame of the screens shown before anyone is signed in: the product name, then one card. */
export function CenteredCard({
  title,
  extra,
  width = 420,
  children
}: {
  title: ReactNode
  extra?: ReactNode
  width?: number
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <div
      style={{
        minHeight: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        // The band ends at the middle, where the centred card is: the name above it is on navy whatever the card's height.
        background: `linear-gradient(180deg, ${brand.navy} 0, ${brand.navy} 50%, ${brand.backdrop} 50%)`
      }}
    >
      <Typography.Title level={2} style={{ color: brand.onNavy, marginBottom: 24, letterSpacing: 1 }}>
        {t('app.name')}
      </Typography.Title>
      <Card
        title={title}
        extra={extra}
        styles={{ header: { padding: '14px 24px' } }}
        style={{ width, maxWidth: '100%', boxShadow: brand.cardShadow }}
      >
        {children}
      </Card>
    </div>
  )
}
