/**
 * The Content-Security-Policy of the counter UI, shared by the Electron shell (response header)
 * and the browser shell. Styles need 'unsafe-inline' because antd writes CSS-in-JS at run time;
 * scripts come only from the app itself.
 */
export function contentSecurityPolicy(options: { devServer?: string } = {}): string {
  const self = options.devServer ? `'self' ${options.devServer}` : `'self'`
  // Only under `npm start`: Vite's React refresh preamble is an inline script.
  const scripts = options.devServer ? `${self} 'unsafe-inline'` : self
  const connect = options.devServer
    ? `'self' ${options.devServer} ${options.devServer.replace(/^http/, 'ws')}`
    : `'self'`
  return [
    `default-src 'none'`,
    `script-src ${scripts}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    `connect-src ${connect}`,
    `frame-src 'self' blob:`,
    `base-uri 'none'`,
    `form-action 'none'`,
    `object-src 'none'`,
    `frame-ancestors 'none'`
  ].join('; ')
}
