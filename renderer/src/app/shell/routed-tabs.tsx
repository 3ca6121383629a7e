import type { ReactNode } from 'react'
import { Tabs } from 'antd'
import { useRoute } from './route'

/** What each tab of a routed page gets: the item open in it (from the route) and a way to open another. */
export interface RoutedTabProps {
  openId: number | null
  open(id: number | null): void
}

interface RoutedTabsProps<T extends string> {
  /** The tabs in order, each with its page. */
  pages: Record<T, (props: RoutedTabProps) => ReactNode>
  label: (tab: T) => string
  /** The route's params as a tab and an item, and back. */
  parse: (params: readonly string[]) => { tab: T; openId: number | null }
  route: (tab: T, id: number | null) => string
  testId: string
}

/**
 * A capability's page of tabs whose route names the tab and the item open in it
 * (`#/workorders/complaints/12`), so a link from the 工作台 or the household file lands on the right
 * one; only the open tab is rendered.
 */
export function RoutedTabs<T extends string>({ pages, label, parse, route, testId }: RoutedTabsProps<T>) {
  const { params, navigate } = useRoute()
  const { tab, openId } = parse(params)
  const Page: (props: RoutedTabProps) => ReactNode = pages[tab]
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate(route(key as T, null))}
      destroyOnHidden
      data-testid={testId}
      items={(Object.keys(pages) as T[]).map((key) => ({
        key,
        label: label(key),
        children: key === tab ? <Page openId={openId} open={(id) => navigate(route(key, id))} /> : null
      }))}
    />
  )
}
