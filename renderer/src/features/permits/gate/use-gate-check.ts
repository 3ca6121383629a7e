import { useCallback, useEffect, useRef, useState } from 'react'
import { App } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { GateRegister, GateResult } from '@shared/permits/gate-api'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { useOfficeOnline } from '../../../lib/api/live'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { beepFor } from './gate-sound'
import {
  cachedRegister,
  isUnreachable,
  keepRegister,
  localVerdict,
  markUsedOffline,
  usedEvent,
  queuedRedeems,
  setQueuedRedeems,
  type QueuedRedeem
} from './offline-register'

const REGISTER_EVERY_MS = 5 * 60_000

/** The register kept for offline checks: read on open and every 5 minutes while the tab is open. */
function useRegister() {
  const [register, setRegister] = useState<GateRegister | null>(() => cachedRegister())
  const fresh = useApiQuery(api.gate.register, {}, { staleTime: 0, refetchInterval: REGISTER_EVERY_MS, retry: false })
  useEffect(() => {
    if (!fresh.data) return
    keepRegister(fresh.data)
    setRegister(fresh.data)
  }, [fresh.data])
  const replace = useCallback((next: GateRegister) => {
    keepRegister(next)
    setRegister(next)
  }, [])
  // A counter of the office server: the link says when the server is away (a refetch then keeps the register shown).
  const officeOnline = useOfficeOnline()
  return { register, replace, reachable: !fresh.isError && officeOnline !== false }
}

/**
 * The offline confirmations waiting for the desk: each is checked again by its text (the
 * register has no paper ids) and the paper found redeemed, both with the time it happened.
 */
function useOfflineQueue(reachable: boolean, refreshLists: () => Promise<void>) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [queued, setQueued] = useState(() => queuedRedeems().length)
  const flushing = useRef(false)

  /** Sends the offline confirmations; stops at the first one the network still cannot carry. */
  const flush = useCallback(async () => {
    if (flushing.current) return
    flushing.current = true
    try {
      let queue = queuedRedeems()
      while (queue.length > 0) {
        const next = queue[0]!
        try {
          const found = await call(api.gate.check, { text: next.text, offlineAt: next.offlineAt })
          if (found.paperId !== null) await call(api.gate.redeem, { paperId: found.paperId, offlineAt: next.offlineAt })
        } catch (error) {
          if (isUnreachable(error)) break
          // The desk refused (used meanwhile, revoked): it has the last word; tell the guard.
          message.warning(
            t('gateScreen.queuedRefused', { text: next.text.slice(0, 24), reason: String((error as Error).message) }),
            8
          )
        }
        queue = queue.slice(1)
        setQueuedRedeems(queue)
        setQueued(queue.length)
      }
      await refreshLists()
    } finally {
      flushing.current = false
    }
  }, [message, t, refreshLists])

  useEffect(() => {
    if (reachable && queued > 0) void flush()
  }, [reachable, queued, flush])

  const add = useCallback((entry: QueuedRedeem) => {
    setQueuedRedeems([...queuedRedeems(), entry])
    setQueued(queuedRedeems().length)
  }, [])
  return { queued, flush, add }
}

/**
 * The gate's check: the desk decides (gate.check); when it cannot be reached, the page decides
 * from its register with the same code and says so. A valid slip is confirmed with F8, online
 * at once, offline queued and sent (checked again by its text, then redeemed) once the desk answers.
 */
export function useGateCheck() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { register, replace, reachable } = useRegister()
  const [result, setResult] = useState<GateResult | null>(null)
  const [lastText, setLastText] = useState('')
  const [busy, setBusy] = useState(false)

  // A check adds a row to the recent list; a release changes the slip's standing wherever it shows.
  const refreshLists = useCallback(async () => {
    await Promise.all(
      [api.gate.recent, api.releases.list, api.releases.get, api.gate.attention].map((p) =>
        queryClient.invalidateQueries({ queryKey: [p.name] })
      )
    )
  }, [queryClient])
  const queue = useOfflineQueue(reachable, refreshLists)

  const show = useCallback((next: GateResult) => {
    setResult(next)
    beepFor(next.verdict)
  }, [])

  const check = useCallback(
    async (text: string) => {
      if (!text.trim() || busy) return
      setBusy(true)
      setLastText(text.trim())
      // The last slip's verdict goes at once: the guard never reads it as the answer for this one.
      setResult(null)
      // Only the call decides online or offline: a refusal is shown, a lost desk decides here.
      let answer: GateResult
      try {
        answer = await call(api.gate.check, { text: text.trim() })
      } catch (error) {
        if (!isUnreachable(error)) message.error(error instanceof ApiFailure ? error.message : String(error))
        else if (register) show(localVerdict(register, text, now().format('YYYY-MM-DD'), now().format()))
        else message.error(t('gateScreen.noRegister'), 6)
        return setBusy(false)
      }
      try {
        show(answer)
        await refreshLists()
        if (queue.queued > 0) void queue.flush()
      } finally {
        setBusy(false)
      }
    },
    [busy, show, refreshLists, queue, register, message, t]
  )

  /** F8 确认放行: only a valid slip. */
  const redeem = useCallback(
    async (staffName: string) => {
      if (!result || result.verdict !== 'valid' || result.kind !== 'slip' || busy) return
      setBusy(true)
      try {
        if (!result.offline && result.paperId !== null) {
          try {
            show(await call(api.gate.redeem, { paperId: result.paperId }))
            await refreshLists()
            return
          } catch (error) {
            if (!isUnreachable(error)) {
              message.error(error instanceof ApiFailure ? error.message : String(error))
              return
            }
          }
        }
        const at = now().format()
        queue.add({ text: lastText, offlineAt: at })
        if (register) replace(markUsedOffline(register, result, at, staffName))
        show({ ...result, verdict: 'used', event: usedEvent(result, 0, at, staffName), offline: true })
      } finally {
        setBusy(false)
      }
    },
    [result, busy, show, refreshLists, message, lastText, register, replace, queue]
  )

  const clear = useCallback(() => setResult(null), [])
  return { result, check, redeem, clear, busy, register, queued: queue.queued }
}
