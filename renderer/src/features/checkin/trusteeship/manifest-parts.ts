import { createElement } from 'react'
import type { HouseholdTab, WorkbenchCard } from '../../../app/manifest'
import { TrusteeshipAttentionCard } from './TrusteeshipAttentionCard'
import { TrusteeshipCard } from './TrusteeshipCard'

/**
 * What 房屋托管 adds to the checkin manifest (features/checkin/index.ts lists them): the household
 * file's 房屋托管 tab (after 钥匙 30, before 维修 35) and the 工作台 card after the overdue keys (10).
 */
export const trusteeshipHouseholdTab: HouseholdTab = {
  key: 'trusteeship',
  label: 'audit.checkin.step.trusteeship',
  order: 32,
  render: (household) => createElement(TrusteeshipCard, { roomId: household.room.id, room: household.room })
}

export const trusteeshipWorkbenchCard: WorkbenchCard = {
  key: 'trusteeship-attention',
  order: 20,
  card: TrusteeshipAttentionCard
}

export { TrusteeshipList } from './TrusteeshipList'
export { TrusteeshipCard, TrusteeshipAttentionCard }
export { TRUSTEESHIP_KEYS } from './trusteeship-kit'
