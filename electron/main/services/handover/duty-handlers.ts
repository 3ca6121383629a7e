import { dutyRosterHandlers } from './duty-roster'
import { dutyTodayHandlers } from './duty-today'

/** Every duty.* procedure of shared/handover/api.ts (值班: today, the roster, staff, outside numbers). */
export const dutyHandlers = [...dutyTodayHandlers, ...dutyRosterHandlers]
