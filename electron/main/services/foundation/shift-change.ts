/**
 * The edge the handover capability uses to change the counter's shift (services/handover): the
 * incoming person's password checked exactly as at sign-in (counted and locked alike), the
 * outgoing shift closed and its sessions ended, the incoming shift opened and its session started —
 * all in the handover's one transaction (the password itself is verified in its `prepare`).
 */
export { admitStaff, startSession, verifyStaffPassword } from './auth'
export { closeShift, openHandedOverShift, openShiftOf, shiftInfo } from './shifts'
export { thisCounter } from './settings'
export { runBackup } from './backup-run'
