import { it } from 'vitest'
import { rmSync } from 'node:fs'
import { generateDemo } from '../../electron/main/demo/generate'
it('times', async () => {
  rmSync('/tmp/f-demo', { recursive: true, force: true })
  const t = Date.now()
  await generateDemo({ dataDir: '/tmp/f-demo', now: new Date('2026-12-01T09:00') })
  console.log('DEMO TIME', (Date.now() - t) / 1000, )
}, 600_000)
