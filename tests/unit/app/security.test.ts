import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkPrintJob, MAX_PRINT_HTML_BYTES } from '../../../electron/main/app/ipc'
import { isAllowedSender, isAppUrl, mainWindowOptions, secureWebPreferences } from '../../../electron/main/app/window'

const FILE_APP = pathToFileURL('/opt/FrontDesk/resources/app.asar/out/renderer/index.html').href
const DEV_APP = 'http://localhost:5173'

describe('the counter window', () => {
  it('runs the renderer isolated and sandboxed, with no Node and no webview', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false
    })
  })

  it('opens hidden at 1280×800, no smaller than 1024×700, with the product title', () => {
    const options = mainWindowOptions('/p.js')
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      title: 'FrontDesk 物业前台',
      autoHideMenuBar: true
    })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.js'))
  })
})

describe('where the window may go', () => {
  it("allows the built app's own index.html, with any route in the hash or query", () => {
    expect(isAppUrl(FILE_APP, FILE_APP)).toBe(true)
    expect(isAppUrl(`${FILE_APP}#/receipts/12`, FILE_APP)).toBe(true)
    expect(isAppUrl(`${FILE_APP}?lang=en`, FILE_APP)).toBe(true)
  })

  it('refuses other local files, even beside index.html', () => {
    expect(isAppUrl(FILE_APP.replace('index.html', 'other.html'), FILE_APP)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', FILE_APP)).toBe(false)
    expect(isAppUrl(FILE_APP.replace('/out/renderer/', '/out/renderer/../../'), FILE_APP)).toBe(false)
    expect(isAppUrl(FILE_APP.replace('file:///', 'file://evil-server/'), FILE_APP)).toBe(false)
  })

  it('refuses every web site when the app is built', () => {
    expect(isAppUrl('https://example.com/', FILE_APP)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', FILE_APP)).toBe(false)
    expect(isAppUrl('data:text/html,<h1>hi</h1>', FILE_APP)).toBe(false)
    expect(isAppUrl('javascript:alert(1)', FILE_APP)).toBe(false)
    expect(isAppUrl('about:blank', FILE_APP)).toBe(false)
  })

  it('allows the dev server origin (any path) and nothing else in development', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_APP)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', DEV_APP)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.com/', DEV_APP)).toBe(false)
    expect(isAppUrl('http://user:pw@localhost:5173/', DEV_APP)).toBe(false)
    expect(isAppUrl(FILE_APP, DEV_APP)).toBe(false)
  })

  it('refuses anything that is not a URL, and an app origin that is not http(s) or an index.html file', () => {
    for (const bad of [undefined, null, 42, {}, '', 'not a url', '/relative/index.html']) {
      expect(isAppUrl(bad, FILE_APP)).toBe(false)
      expect(isAppUrl(FILE_APP, bad)).toBe(false)
    }
    expect(isAppUrl('file:///tmp/x', 'file:///tmp/x')).toBe(false)
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false)
  })
})

describe('who may call the core', () => {
  it("accepts a frame showing the app's own page", () => {
    expect(isAllowedSender(`${FILE_APP}#/login`, FILE_APP)).toBe(true)
    expect(isAllowedSender('http://localhost:5173/', DEV_APP)).toBe(true)
  })

  it('refuses a foreign page, an empty URL and about:blank', () => {
    expect(isAllowedSender('https://example.com/', FILE_APP)).toBe(false)
    expect(isAllowedSender('', FILE_APP)).toBe(false)
    expect(isAllowedSender('about:blank', FILE_APP)).toBe(false)
    expect(isAllowedSender(undefined, FILE_APP)).toBe(false)
  })
})

describe('print jobs from the renderer', () => {
  const job = { html: '<p>收据</p>', pageWidthMm: 241, pageHeightMm: 93, target: 'pdf' }

  it('accepts a receipt-sized page and passes on only the known fields', () => {
    expect(checkPrintJob({ ...job, fileName: 'receipt-2026_0001', deviceName: 'EPSON LQ-630K', extra: 'x' })).toEqual({
      job: { ...job, fileName: 'receipt-2026_0001', deviceName: 'EPSON LQ-630K' }
    })
    expect(checkPrintJob({ ...job, target: 'printer', pageWidthMm: 10, pageHeightMm: 1000 })).toHaveProperty('job')
  })

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['html missing', { ...job, html: undefined }],
    ['html over 2 MB', { ...job, html: 'x'.repeat(MAX_PRINT_HTML_BYTES + 1) }],
    ['2 MB counted in UTF-8 bytes', { ...job, html: '收'.repeat(Math.ceil(MAX_PRINT_HTML_BYTES / 3) + 1) }],
    ['page under 10 mm', { ...job, pageWidthMm: 9.9 }],
    ['page over 1000 mm', { ...job, pageHeightMm: 1001 }],
    ['page size not a number', { ...job, pageWidthMm: '241' }],
    ['page size NaN', { ...job, pageWidthMm: Number.NaN }],
    ['unknown target', { ...job, target: 'fax' }],
    ['file name with a path', { ...job, fileName: '../../evil' }],
    ['file name with a dot', { ...job, fileName: 'a.pdf' }],
    ['empty file name', { ...job, fileName: '' }],
    ['file name over 80', { ...job, fileName: 'a'.repeat(81) }],
    ['device name not a string', { ...job, deviceName: 7 }]
  ])('refuses a job with %s', (_name, value) => {
    expect(checkPrintJob(value)).toHaveProperty('reason')
  })
})
