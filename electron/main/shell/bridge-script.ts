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
      // details.unreachable: the desk did not answer at all (the gate page then decides offline).
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: '无法连接到 FrontDesk 服务（' + String(error) + '）',
          details: { unreachable: true }
        }
      }
    }
  }
  // Every job is kept in the data folder's prints/ before it reaches the dialog, as the
  // Electron shell keeps a PDF: a copy that cannot be saved stops the print.
  async function keepCopy(job) {
    let response, result
    try {
      response = await fetch('/api/print-copy', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-FrontDesk-Token': token },
        body: JSON.stringify({ html: job.html, fileName: job.fileName })
      })
      result = await response.json()
    } catch (error) {
      throw new Error('无法保存打印副本（' + String(error) + '）')
    }
    if (!response.ok || !result || !result.ok) throw new Error('无法保存打印副本（' + (result && result.error ? result.error.message : response.status) + '）')
    return result.data.path
  }
  // A browser cannot print silently: the page goes to the browser's own print dialog. Its
  // afterprint event fires when the dialog closes, printed or cancelled alike, so it says when
  // the clerk is done, never whether paper came out: the renderer asks (via 'dialog').
  function showDialog(html) {
    return new Promise((resolve) => {
      const frame = document.createElement('iframe')
      frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px'
      frame.srcdoc = html
      frame.onload = () => {
        const win = frame.contentWindow
        let done = false
        const finish = () => {
          if (done) return
          done = true
          setTimeout(() => frame.remove(), 1000)
          resolve()
        }
        win.addEventListener('afterprint', finish)
        win.focus()
        win.print()
        // print() blocks until the dialog closes; where it returns at once with no dialog
        // (a headless browser) no afterprint may follow.
        setTimeout(finish, 500)
      }
      document.body.appendChild(frame)
    })
  }
  async function print(job) {
    const copyPath = await keepCopy(job)
    await showDialog(job.html)
    return { via: 'dialog', copyPath }
  }
  // The desk's events (another counter's change, the office link): one stream read with fetch (so
  // the token is a header), opened at the first listener and opened again whenever it ends.
  const listeners = new Set()
  let streaming = false
  async function readEvents() {
    for (;;) {
      try {
        const response = await fetch('/api/events', { headers: { 'X-FrontDesk-Token': token } })
        const reader = response.body.getReader()
        const decoder = new TextDecoder()
        let buffer = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += decoder.decode(value, { stream: true })
          let end
          while ((end = buffer.indexOf('\\n\\n')) >= 0) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            for (const line of block.split('\\n')) {
              if (!line.startsWith('data: ')) continue
              const event = JSON.parse(line.slice(6))
              for (const listener of listeners) listener(event)
            }
          }
        }
      } catch (error) {
        // The shell itself went away (its process stopped): try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  function onEvent(listener) {
    listeners.add(listener)
    if (!streaming) {
      streaming = true
      readEvents()
    }
    return () => listeners.delete(listener)
  }
  window.frontdesk = Object.freeze({ call, print, onEvent })
})()
`
