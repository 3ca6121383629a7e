import type { CapabilityDefinition } from '../tools/capability'
import { foundation } from './foundation'
import { households } from './households'
import { fees } from './fees'
import { keys } from './keys'
import { workorders } from './workorders'
import { checkin } from './checkin'
import { permits } from './permits'
import { handover } from './handover'
import { office } from './office'

/**
 * Every capability, one line each, in the order the demo builds them (the core's registry checks
 * that they fit together; see core/registry.ts). A new capability adds its folder and one line here.
 */
export const capabilities: readonly CapabilityDefinition[] = [
  foundation,
  households,
  fees,
  keys,
  workorders,
  checkin,
  permits,
  handover,
  office
]
