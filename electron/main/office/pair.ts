import { randomBytes } from 'node:crypto'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { Locale } from '../../../shared/kernel/locale'
import { normalizePairingCode } from '../../../shared/office/pairing'
import type { PairingResult } from '../../../shared/office/types'
import { counterProof, pairingKey, sameHex, serverProof } from '../services/office/credentials'
import { linkFailure } from './link'
import { parseServerAddress, type LinkConfig } from './link-config'
import { PinMismatch, send, Unreachable } from './pinned-https'

/**
 * Pairs this PC with the office server at `addressText` using the one-time code shown there. The
 * first request only looks at the certificate the server shows; the pairing request is then sent
 * to exactly that certificate, with a proof of the code bound to its fingerprint — so a machine in
 * the middle (another certificate) cannot use it — and the server's answer must prove the code
 * too before the credential is kept.
 */
export async function pairWithServer(
  addressText: string,
  typedCode: string,
  locale: Locale,
  now: () => Date
): Promise<{ config: LinkConfig } | { failure: ApiResult<never> }> {
  const address = parseServerAddress(addressText)
  if (!address) return { failure: linkFailure('OFFICE_ADDRESS_INVALID', locale) }
  try {
    const look = await send({ address }, 'GET', '/office/hello')
    const pin = look.peer
    if (!pin) throw new PinMismatch('the server showed no certificate')
    const key = pairingKey(normalizePairingCode(typedCode))
    const nonce = randomBytes(16).toString('hex')
    const answer = await send(
      { address, pin },
      'POST',
      '/office/pair',
      JSON.stringify({ proof: counterProof(key, pin.fingerprint, nonce), nonce })
    )
    const result = JSON.parse(answer.body) as ApiResult<PairingResult>
    if (!result.ok) return { failure: result }
    const paired = result.data
    if (!sameHex(paired.proof, serverProof(key, pin.fingerprint, paired.credential)))
      return { failure: linkFailure('OFFICE_PIN_MISMATCH', locale) }
    return {
      config: {
        address,
        fingerprint: pin.fingerprint,
        certificate: pin.certificate,
        deviceId: paired.deviceId,
        counterId: paired.counterId,
        counterName: paired.counterName,
        credential: paired.credential,
        pairedAt: now().toISOString()
      }
    }
  } catch (error) {
    if (error instanceof PinMismatch) return { failure: linkFailure('OFFICE_PIN_MISMATCH', locale) }
    if (error instanceof Unreachable)
      return { failure: linkFailure('OFFICE_UNREACHABLE', locale, { address }, { unreachable: true }) }
    throw error
  }
}
