import { createServer, type Server } from 'node:https'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadOrCreateCertificate, type ServerCertificate } from '../../../electron/main/office/certificate'
import { pinnedAgent, PinMismatch, send, type ServerTarget } from '../../../electron/main/office/pinned-https'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
let server: Server
let handshakes: number
let certificate: ServerCertificate

async function serve(cert: ServerCertificate): Promise<string> {
  server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    req.resume()
    req.on('end', () => res.end('{"ok":true}'))
  })
  server.on('secureConnection', () => handshakes++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const bound = server.address()
  return `https://127.0.0.1:${typeof bound === 'object' && bound ? bound.port : 0}`
}

beforeEach(async () => {
  tmp = tempDir()
  handshakes = 0
  certificate = await loadOrCreateCertificate(join(tmp.dir, 'server'))
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  tmp.cleanup()
})

const pinOf = (cert: ServerCertificate) => ({ certificate: cert.cert, fingerprint: cert.fingerprint })

describe("the link's pinned connections", () => {
  it('carry one call after another over one TLS connection (no handshake per payment)', async () => {
    const address = await serve(certificate)
    const pin = pinOf(certificate)
    const target: ServerTarget = { address, pin, agent: pinnedAgent(pin) }
    for (let i = 0; i < 20; i++) {
      const answer = await send(target, 'POST', '/office/call', JSON.stringify({ n: i }))
      expect(answer.status).toBe(200)
    }
    expect(handshakes).toBe(1)
    target.agent!.destroy()
  })

  it('before pairing, show the certificate the server holds on every look (never a resumed session without it)', async () => {
    const address = await serve(certificate)
    for (let i = 0; i < 3; i++) {
      const look = await send({ address }, 'GET', '/office/hello')
      expect(look.peer?.fingerprint).toBe(certificate.fingerprint)
      expect(look.peer?.certificate.replace(/\s/g, '')).toBe(certificate.cert.replace(/\s/g, ''))
    }
    expect(handshakes).toBe(3)
  })

  it('refuse another certificate at the same address, through the pooled agent as on a connection of its own', async () => {
    const other = await loadOrCreateCertificate(join(tmp.dir, 'other'))
    const address = await serve(other)
    const pin = pinOf(certificate)
    const pooled: ServerTarget = { address, pin, agent: pinnedAgent(pin) }
    await expect(send(pooled, 'POST', '/office/call', '{}')).rejects.toBeInstanceOf(PinMismatch)
    await expect(send({ address, pin }, 'POST', '/office/call', '{}')).rejects.toBeInstanceOf(PinMismatch)
    pooled.agent!.destroy()
  })
})
