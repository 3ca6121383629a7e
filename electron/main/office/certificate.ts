import { X509Certificate } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface ServerCertificate {
  key: string
  cert: string
  /** SHA-256 of the certificate, `AB:CD:…` (32 pairs): what the counters pin. */
  fingerprint: string
}

/** Where the server keeps its key and certificate: beside the database, never inside a backup. */
export const certificateDir = (dataDir: string) => join(dataDir, 'office')

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256
}

/**
 * The server's own certificate, made on its first start and kept. Trust comes from the counters
 * pinning its fingerprint at pairing, not from a certificate authority or the validity dates, so
 * the dates are wide and fixed (no clock decides whether the office works) and the certificate
 * names no host (the server may be reached by any address of the office network).
 */
export async function loadOrCreateCertificate(dataDir: string): Promise<ServerCertificate> {
  const dir = certificateDir(dataDir)
  const keyFile = join(dir, 'server-key.pem')
  const certFile = join(dir, 'server-cert.pem')
  try {
    const [key, cert] = await Promise.all([readFile(keyFile, 'utf8'), readFile(certFile, 'utf8')])
    return { key, cert, fingerprint: fingerprintOf(cert) }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const made = await generate([{ name: 'commonName', value: 'FrontDesk office server' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date('2020-01-01T00:00:00Z'),
    notAfterDate: new Date('2099-12-31T00:00:00Z')
  })
  await mkdir(dir, { recursive: true })
  await writeFile(keyFile, made.private, { mode: 0o600 })
  await chmod(keyFile, 0o600)
  await writeFile(certFile, made.cert)
  return { key: made.private, cert: made.cert, fingerprint: fingerprintOf(made.cert) }
}
