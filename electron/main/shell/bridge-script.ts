/**
 * The browser shell's stand-in for the Electron preload, served as /frontdesk-bridge.js.
 * It holds no secret: it reads the per-run token from the page's meta tag, which another site
 * cannot read (no CORS), and sends it as a header, which another site cannot send without a
 * preflight this server never answers.
 */
export const BRIDGE_SCRIPT = `(() => {
  const token = document.querySelector('meta[name="frontdesk-token"]')?.getAttribute('content') ?? ''
  async function call(procedure, input, meta) {
    try {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-FrontDesk-Token': token },
        body: JSON.stringify({ procedure, input, meta })
      })
      return await response.json()
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: '无法连接到 FrontDesk 服务（' + String(error) + '）' } }
    }
  }
  function print(job) {
    // A browser cannot print silently: the page goes to the browser's own print dialog.
    return new Promise((resolve) => {
      const frame = document.createElement('iframe')
      frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px'
      frame.srcdoc = job.html
      frame.onload = () => {
        frame.contentWindow.focus()
        frame.contentWindow.print()
        setTimeout(() => frame.remove(), 1000)
        resolve({ via: 'dialog' })
      }
      document.body.appendChild(frame)
    })
  }
  window.frontdesk = Object.freeze({ call, print })
})()
`
