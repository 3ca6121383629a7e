import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataPaths } from '../../db/open'
import { boot, dataDir, ROOT, shutDown, startMain } from '../helpers/electron-main'
import type { FakeElectron } from './fake-electron'

// The built main entry serves the renderer from app://frontdesk and chooses its data folder.
let fake: FakeElectron
beforeAll(async () => {
  ;({ fake } = await startMain())
})
afterAll(shutDown)

const get = (url: string, method = 'GET') => fake.protocolHandlers.get('app')!({ url, method }) as Promise<Response>

describe('the app:// protocol of the built main entry', () => {
  it('registers app as a standard, secure scheme before the app is ready, and handles it', () => {
    expect(fake.calls.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect([...fake.protocolHandlers.keys()]).toEqual(['app'])
  })

  it('serves the built index.html and its assets with the app’s CSP', async () => {
    const index = await get('app://frontdesk/index.html#/login')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await index.text()
    expect(html).toBe(readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8'))
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!
    const asset = await get(`app://frontdesk/${script}?v=1`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('refuses traversal, other hosts, missing files and writes', async () => {
    for (const url of [
      'app://frontdesk/../main/index.js',
      'app://frontdesk/%2e%2e/main/index.js',
      'app://frontdesk/assets%2F..%2F..%2Fmain%2Findex.js',
      'app://frontdesk/..%5C..%5Cpackage.json'
    ])
      expect((await get(url)).status, url).not.toBe(200)
    expect((await get('app://evil/index.html')).status).toBe(403)
    expect((await get('app://frontdesk/nothing-here.js')).status).toBe(404)
    expect((await get('app://frontdesk/index.html', 'POST')).status).toBe(405)
  })
})

describe('the data folder of the built main entry', () => {
  it('a packaged build ignores FRONTDESK_DATA_DIR', async () => {
    const dir = dataDir('frontdesk-ignored-')
    const { fake } = boot({ env: { FRONTDESK_DATA_DIR: dir }, isPackaged: true, argv: ['frontdesk'] })
    await fake.started
    expect(fake.calls.setPath).toEqual([])
    expect(existsSync(dataPaths(dir).databaseFile)).toBe(false)
  })

  it('a packaged build honours it when the command line asks, and honours --data-dir', async () => {
    const fromEnv = dataDir('frontdesk-asked-')
    const asked = boot({
      env: { FRONTDESK_DATA_DIR: fromEnv },
      isPackaged: true,
      argv: ['frontdesk', '--data-dir-from-env']
    })
    await asked.fake.started
    expect(asked.fake.calls.setPath).toEqual([['userData', fromEnv]])
    expect(existsSync(dataPaths(fromEnv).databaseFile)).toBe(true)
    const flagged = dataDir('frontdesk-flag-')
    const flag = boot({ isPackaged: true, argv: ['frontdesk', `--data-dir=${flagged}`] })
    await flag.fake.started
    expect(flag.fake.calls.setPath).toEqual([['userData', flagged]])
  })
})
