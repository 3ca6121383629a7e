import { useEffect, useRef } from 'react'
import { ApiFailure, newRequestId } from '../../../lib/api/client'

/**
 * The request id of the payment on the form: one id from the first confirmation until the core has
 * answered it with a receipt. A retry after an error — a double press, a lost answer, a timeout —
 * sends the same id, so if the first try was taken the core answers its receipt instead of taking
 * the money again (a fresh id per try once made a second receipt for the following months). A
 * refused try kept nothing, so the corrected payment may still use the id. Another room is another
 * payment.
 */
export function usePaymentRequest(roomId: number): { id: () => string; settle: () => void } {
  const id = useRef(newRequestId())
  useEffect(() => {
    id.current = newRequestId()
  }, [roomId])
  return {
    id: () => id.current,
    /** The payment is done, or its id is spent: whatever comes next is another payment. */
    settle: () => {
      id.current = newRequestId()
    }
  }
}

/**
 * The core refused the id itself: it was already taken for a payment with other contents — the
 * earlier try went through and its answer never arrived, and the form has changed since.
 */
export function isSpentRequest(error: unknown): boolean {
  return error instanceof ApiFailure && error.error.code === 'CONFLICT' && Boolean(error.error.details?.requestId)
}
