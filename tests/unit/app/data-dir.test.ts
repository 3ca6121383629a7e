import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride } from '../../../electron/main/app/data-dir'

const env = { FRONTDESK_DATA_DIR: '/srv/frontdesk-data' }

describe('where the Electron app keeps its data', () => {
  it('in development and tests FRONTDESK_DATA_DIR moves it', () => {
    expect(dataDirOverride(false, env, ['electron', '.'])).toEqual({ dir: resolve('/srv/frontdesk-data'), from: 'env' })
    expect(dataDirOverride(false, {}, ['electron', '.'])).toBeNull()
    expect(dataDirOverride(false, { FRONTDESK_DATA_DIR: '  ' }, [])).toBeNull()
  })

  it('a packaged build ignores the variable, whatever it says', () => {
    expect(dataDirOverride(true, env, ['FrontDesk.exe'])).toBeNull()
    expect(dataDirOverride(true, env, ['FrontDesk.exe', '--data-dir-from-env=no'])).toBeNull()
    expect(dataDirOverride(true, env, ['FrontDesk.exe', '--data-dir'])).toBeNull()
  })

  it('a packaged build honours it when its command line asks, and an explicit --data-dir always', () => {
    expect(dataDirOverride(true, env, ['FrontDesk.exe', '--data-dir-from-env'])).toEqual({
      dir: resolve('/srv/frontdesk-data'),
      from: 'env'
    })
    expect(dataDirOverride(true, {}, ['FrontDesk.exe', '--data-dir-from-env'])).toBeNull()
    expect(dataDirOverride(true, env, ['FrontDesk.exe', '--data-dir=D:/FrontDesk'])).toEqual({
      dir: resolve('D:/FrontDesk'),
      from: 'flag'
    })
    expect(dataDirOverride(true, {}, ['FrontDesk.exe', '--data-dir', '/mnt/data'])).toEqual({
      dir: resolve('/mnt/data'),
      from: 'flag'
    })
    expect(dataDirOverride(false, env, ['electron', '--data-dir=/a', '--data-dir=/b'])).toEqual({
      dir: resolve('/b'),
      from: 'flag'
    })
    expect(dataDirOverride(true, env, ['FrontDesk.exe', '--data-dir='])).toBeNull()
    expect(dataDirOverride(true, {}, ['FrontDesk.exe', '--data-dir', '--other'])).toBeNull()
  })
})
