import { mkdirSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  appProtocolHandler,
  resolveAppRequest
} from '../../../electron/main/app/protocol'
import { isAllowedSender, isAppUrl } from '../../../electron/main/app/window'
import { contentSecurityPolicy } from '../../../electron/main/shell/csp'
import { tempDir } from '../../helpers/core'

const ROOT = join('/opt', 'FrontDesk', 'resources', 'app.asar', 'out', 'renderer')
const file = (...parts: string[]) => join(ROOT, ...parts)

describe('app://frontdesk/<path> resolves to a file of the renderer folder', () => {
  it('maps paths, / and the index, ignoring query strings and the hash route', () => {
    expect(resolveAppRequest('app://frontdesk/index.html', ROOT)).toEqual({
      file: file('index.html'),
      contentType: 'text/html; charset=utf-8'
    })
    expect(resolveAppRequest('app://frontdesk/', ROOT)).toMatchObject({ file: file('index.html') })
    expect(resolveAppRequest('app://frontdesk', ROOT)).toMatchObject({ file: file('index.html') })
    expect(resolveAppRequest('app://frontdesk/index.html?lang=en#/receipts/12', ROOT)).toMatchObject({
      file: file('index.html')
    })
    expect(resolveAppRequest('app://frontdesk/assets/index-BBagp1EC.js?v=2', ROOT)).toEqual({
      file: file('assets', 'index-BBagp1EC.js'),
      contentType: 'text/javascript; charset=utf-8'
    })
    expect(resolveAppRequest('app://FRONTDESK/assets/a.css', ROOT)).toMatchObject({ file: file('assets', 'a.css') })
    expect(resolveAppRequest('app://frontdesk/assets/%E6%94%B6%E6%8D%AE.png', ROOT)).toMatchObject({
      file: file('assets', '收据.png')
    })
  })

  it.each([
    ['a plain traversal', 'app://frontdesk/../main/index.js'],
    ['a traversal after a folder', 'app://frontdesk/assets/../../main/index.js'],
    ['an encoded dot-dot', 'app://frontdesk/%2e%2e/main/index.js'],
    ['a mixed-case encoded dot-dot', 'app://frontdesk/%2E%2e/%2e%2E/package.json'],
    ['an encoded slash', 'app://frontdesk/assets%2F..%2F..%2Fmain%2Findex.js'],
    ['an encoded backslash', 'app://frontdesk/..%5C..%5Cmain%5Cindex.js'],
    ['a double-encoded traversal decoded once', 'app://frontdesk/%252e%252e/x.js'],
    ['a NUL', 'app://frontdesk/index.html%00.js'],
    ['a drive letter', 'app://frontdesk/C:/Windows/win.ini'],
    ['a bad escape', 'app://frontdesk/%E0%A4%A.js']
  ])('refuses %s', (_name, url) => {
    const result = resolveAppRequest(url, ROOT)
    // The URL parser folds dot segments at the root ('/../main' is '/main'); whatever resolves
    // must stay inside the folder, and nothing outside it is ever named.
    if ('file' in result) expect(result.file.startsWith(ROOT + sep), result.file).toBe(true)
    else expect(result.status).toBeGreaterThanOrEqual(400)
    for (const outside of [join(ROOT, '..', 'main', 'index.js'), join(ROOT, '..', '..', 'package.json')])
      expect('file' in result && result.file === outside).toBe(false)
  })

  it('refuses other hosts, ports, credentials and schemes', () => {
    expect(resolveAppRequest('app://evil/index.html', ROOT)).toEqual({ status: 403 })
    expect(resolveAppRequest('app://frontdesk.evil.com/index.html', ROOT)).toEqual({ status: 403 })
    expect(resolveAppRequest('app://frontdesk:8080/index.html', ROOT)).toEqual({ status: 403 })
    expect(resolveAppRequest('app://user:pw@frontdesk/index.html', ROOT)).toEqual({ status: 403 })
    expect(resolveAppRequest('file:///etc/passwd', ROOT)).toEqual({ status: 400 })
    expect(resolveAppRequest('https://frontdesk/index.html', ROOT)).toEqual({ status: 400 })
    for (const bad of [undefined, null, 42, '', 'not a url'])
      expect(resolveAppRequest(bad, ROOT)).toEqual({ status: 400 })
  })

  it('answers 404 for what the renderer build never holds (folders, unknown types)', () => {
    expect(resolveAppRequest('app://frontdesk/assets', ROOT)).toEqual({ status: 404 })
    expect(resolveAppRequest('app://frontdesk/frontdesk.db', ROOT)).toEqual({ status: 404 })
  })

  it('registers as standard and secure, with no CORS bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    })
  })
})

describe('the app:// handler', () => {
  const tmp = tempDir('frontdesk-protocol-')
  afterAll(tmp.cleanup)
  mkdirSync(join(tmp.dir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(tmp.dir, 'renderer', 'index.html'), '<p>counter</p>')
  writeFileSync(join(tmp.dir, 'secret.js'), 'secret')
  const csp = contentSecurityPolicy()
  const handler = appProtocolHandler(join(tmp.dir, 'renderer'), csp)

  it('serves the file with its type, the unchanged CSP and no sniffing', async () => {
    const response = await handler({ url: 'app://frontdesk/index.html', method: 'GET' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<p>counter</p>')
    expect(response.headers.get('content-security-policy')).toBe(csp)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers a bare status for refused, missing and non-GET requests', async () => {
    // Folded to /secret.js inside the renderer folder: not found, never the file beside it.
    expect((await handler({ url: 'app://frontdesk/%2e%2e/secret.js' })).status).toBe(404)
    expect((await handler({ url: 'app://frontdesk/..%2Fsecret.js' })).status).toBe(403)
    expect((await handler({ url: 'app://frontdesk/missing.js' })).status).toBe(404)
    expect((await handler({ url: 'app://other/index.html' })).status).toBe(403)
    expect((await handler({ url: 'app://frontdesk/index.html', method: 'POST' })).status).toBe(405)
  })
})

describe('the app:// page is the only page of the built app', () => {
  it('allows app://frontdesk/index.html with any route, nothing else', () => {
    expect(isAppUrl(APP_INDEX_URL, APP_INDEX_URL)).toBe(true)
    expect(isAppUrl(`${APP_INDEX_URL}#/receipts/12`, APP_INDEX_URL)).toBe(true)
    expect(isAppUrl(`${APP_INDEX_URL}?lang=en`, APP_INDEX_URL)).toBe(true)
    expect(isAllowedSender(`${APP_INDEX_URL}#/login`, APP_INDEX_URL)).toBe(true)
    for (const other of [
      'app://frontdesk/assets/index.js',
      'app://frontdesk/other.html',
      'app://evil/index.html',
      'app://user@frontdesk/index.html',
      'file:///opt/FrontDesk/resources/app.asar/out/renderer/index.html',
      'https://example.com/',
      'about:blank',
      ''
    ]) {
      expect(isAppUrl(other, APP_INDEX_URL), other).toBe(false)
      expect(isAllowedSender(other, APP_INDEX_URL), other).toBe(false)
    }
    expect(isAppUrl('app://frontdesk/other.html', 'app://frontdesk/other.html')).toBe(false)
  })
})
