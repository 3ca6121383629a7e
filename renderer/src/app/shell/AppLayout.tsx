import { useCallback, useMemo, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Dropdown, Layout, Menu, Space, Tag } from 'antd'
import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { AppStatus } from '@shared/foundation/system'
import { useI18n } from '../../lib/i18n'
import { ChangePasswordDialog } from '../../features/foundation/auth/ChangePasswordDialog'
import { LockScreen } from '../../features/foundation/auth/LockScreen'
import { useMe, useSession } from '../../features/foundation/auth/session'
import { Clock } from './Clock'
import { headerItems, navEntries } from '../capabilities'
import { useHashRoute } from './use-hash-route'
import { RouteContext } from './route'
import { GlobalSearch } from '../../features/households/GlobalSearch'
import { OfficeBanner, OfficeHeaderMark } from '../../features/office/OfficeBanner'
import { useIdleTimer, useShellHotkeys } from './use-shortcuts'
import { PageErrorBoundary } from './PageErrorBoundary'
import { brand, colors } from '@renderer/lib/colors'

type Ready = Extract<AppStatus, { mode: 'ready' }>

/** The signed-in counter: header (estate, counter, person, clock), left menu, the page. */
/** English menu words are longer ("Repairs & complaints"): the menu widens rather than cutting them. */
const siderWidth = (locale: string) => (locale === 'en' ? 240 : 184)

export function AppLayout({ status }: { status: Ready }) {
  const { t, core, locale } = useI18n()
  const me = useMe()
  const session = useSession()
  const nav = useMemo(() => navEntries(me.role), [me.role])
  const [path, navigate] = useHashRoute(nav[0]!.route)
  const [changingPassword, setChangingPassword] = useState(false)
  const [section = '', ...params] = path.split('/')
  const entry = nav.find((n) => n.route === section) ?? nav[0]!
  const Page = entry.page
  const route = useMemo(() => ({ section: entry.route, params, navigate }), [entry.route, path, navigate])
  const queryClient = useQueryClient()
  // A page opened again after a fault loads afresh: what the failed page had cached may be the fault.
  const forgetInactive = useCallback(() => queryClient.removeQueries({ type: 'inactive' }), [queryClient])

  useShellHotkeys(nav, navigate, session.lockNow)
  useIdleTimer(me.idleLockMinutes, session.lockNow, !session.locked)

  const userMenu = useUserMenu(() => setChangingPassword(true))

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 24px', color: brand.onNavy }}>
        <div style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="header-estate">
          {status.estateName}
        </div>
        <CounterName name={status.counterName} openedAt={me.shift.openedAt} />
        {headerItems(me.role).map(({ key, item: HeaderItem }) => (
          <HeaderItem key={key} />
        ))}
        <div style={{ flex: 1 }} />
        <RouteContext.Provider value={route}>
          <GlobalSearch />
        </RouteContext.Provider>
        <Clock />
        <Dropdown menu={userMenu} trigger={['click']}>
          <a
            style={{ color: brand.onNavy, whiteSpace: 'nowrap', flexShrink: 0 }}
            data-testid="user-menu"
            onClick={(e) => e.preventDefault()}
          >
            <Space>
              <UserOutlined />
              <span data-testid="header-staff">{me.displayName}</span>
              <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="header-role">
                {core(`role.${me.role}`)}
              </Tag>
              <DownOutlined style={{ fontSize: 11 }} />
            </Space>
          </a>
        </Dropdown>
      </Layout.Header>
      <OfficeBanner />
      {status.demo && <Alert type="warning" banner title={t('app.demoBanner')} data-testid="demo-banner" />}
      <Layout style={{ flex: 1 }}>
        <Layout.Sider width={siderWidth(locale)} theme="light" style={{ borderRight: `1px solid ${colors.divider}` }}>
          <Menu
            mode="inline"
            selectedKeys={[entry.route]}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
            items={nav.map((n) => ({ key: n.route, icon: n.icon, label: t(n.label), title: n.hotkey }))}
            onClick={({ key }) => navigate(key)}
            data-testid="main-nav"
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20, overflow: 'auto' }}>
          <RouteContext.Provider value={route}>
            <PageErrorBoundary resetKey={path} onReset={forgetInactive}>
              <Page key={entry.route} />
            </PageErrorBoundary>
          </RouteContext.Provider>
        </Layout.Content>
      </Layout>
      <ChangePasswordDialog
        open={changingPassword || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setChangingPassword(false)}
      />
      {session.locked && <LockScreen />}
    </Layout>
  )
}

/** This counter (and, on a counter of the office server, that it is connected) and since when its shift is open. */
function CounterName({ name, openedAt }: { name: string; openedAt: string }) {
  const { t } = useI18n()
  return (
    <Space style={{ color: brand.onNavyDim, whiteSpace: 'nowrap', flexShrink: 0 }}>
      <ShopOutlined />
      <span data-testid="header-counter">{name}</span>
      <OfficeHeaderMark />
      <span>· {t('header.shiftSince', { time: dayjs(openedAt).format('HH:mm') })}</span>
    </Space>
  )
}

/** The menu under the signed-in person's name: change password, lock (Ctrl+L), sign out. */
function useUserMenu(changePassword: () => void) {
  const { t } = useI18n()
  const session = useSession()
  return {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
      { key: 'lock', icon: <LockOutlined />, label: `${t('header.lock')} (Ctrl+L)` },
      { type: 'divider' as const },
      { key: 'signOut', icon: <LogoutOutlined />, label: t('header.signOut'), danger: true }
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') changePassword()
      if (key === 'lock') session.lockNow()
      if (key === 'signOut') void session.signOut()
    }
  }
}
