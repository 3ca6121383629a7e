import { KERNEL_ERROR_CODES, type KernelErrorCode } from './kernel/errors'
import { sharedCapabilities, type CapabilityErrorCode } from './capabilities'

/** A code the core may refuse with: the kernel's or one of a capability's, a union of literals. */
export type ErrorCode = KernelErrorCode | CapabilityErrorCode

/**
 * Every error code that crosses from the core to the UI: the kernel's, then each capability's
 * (shared/capabilities.ts lists them). The core's registry refuses to start when two claim one code.
 */
export const ERROR_CODES: readonly ErrorCode[] = [
  ...KERNEL_ERROR_CODES,
  ...sharedCapabilities.flatMap((capability) => capability.errorCodes)
]
