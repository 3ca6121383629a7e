import { describe, expect, it } from 'vitest'
import {
  assertManifestsDistinct,
  manifestConflicts,
  type ClaimingManifest
} from '../../../renderer/src/app/manifest-check'

const fees: ClaimingManifest = {
  id: 'fees',
  nav: [
    { route: 'fees', hotkey: 'Alt+4' },
    { route: 'reports', hotkey: 'Alt+9' }
  ],
  settingsTabs: [{ key: 'fee-items' }]
}
const keys: ClaimingManifest = {
  id: 'keys',
  nav: [{ route: 'keys', hotkey: 'Alt+5' }],
  householdTabs: [{ key: 'keys' }]
}

describe('renderer capability manifests', () => {
  it('accepts capabilities that claim different routes, hotkeys and tabs', () => {
    expect(manifestConflicts([fees, keys])).toEqual([])
    expect(() => assertManifestsDistinct([fees, keys])).not.toThrow()
  })

  it('refuses two menu entries on the same hotkey, naming both capabilities', () => {
    const checkin: ClaimingManifest = { id: 'checkin', nav: [{ route: 'checkin', hotkey: 'alt+4' }] }
    expect(() => assertManifestsDistinct([fees, keys, checkin])).toThrow(/hotkey alt\+4: fees and checkin/)
  })

  it('refuses two entries on the same route', () => {
    const other: ClaimingManifest = { id: 'arrears', nav: [{ route: 'fees', hotkey: 'Alt+3' }] }
    expect(() => assertManifestsDistinct([fees, other])).toThrow(/route "fees": fees and arrears/)
  })

  it('refuses a settings tab or household tab claimed twice, and a capability listed twice', () => {
    const copy: ClaimingManifest = {
      id: 'keys',
      settingsTabs: [{ key: 'fee-items' }],
      householdTabs: [{ key: 'keys' }]
    }
    expect(manifestConflicts([fees, keys, copy])).toEqual([
      'settings tab "fee-items": fees and keys',
      'capability keys: keys and keys',
      'household tab "keys": keys and keys'
    ])
  })
})
