/**
 * The shell's refusal of two capabilities claiming the same thing: a route, a menu hotkey, a
 * settings tab or a household tab. Pure (no React, no antd) so a unit test can feed it fake
 * manifests; capabilities.ts runs it on the real ones before anything is drawn.
 */

/** The parts of a manifest that must be unique across capabilities. */
export interface ClaimingManifest {
  id: string
  nav?: readonly { route: string; hotkey: string }[]
  settingsTabs?: readonly { key: string }[]
  householdTabs?: readonly { key: string }[]
  workbenchCards?: readonly { key: string }[]
  headerItems?: readonly { key: string }[]
}

/** 'alt+4', 'Alt+4' and 'ALT+4' are one key. */
const sameKey = (hotkey: string) => hotkey.replace(/\s+/g, '').toLowerCase()

/** Every claim made twice, as one line each ("hotkey Alt+4: fees and checkin"); empty when all is well. */
export function manifestConflicts(manifests: readonly ClaimingManifest[]): string[] {
  const claims = new Map<string, string[]>()
  const claim = (what: string, by: string) => claims.set(what, [...(claims.get(what) ?? []), by])
  for (const m of manifests) {
    claim(`capability ${m.id}`, m.id)
    for (const entry of m.nav ?? []) {
      claim(`route "${entry.route}"`, m.id)
      claim(`hotkey ${sameKey(entry.hotkey)}`, m.id)
    }
    for (const tab of m.settingsTabs ?? []) claim(`settings tab "${tab.key}"`, m.id)
    for (const tab of m.householdTabs ?? []) claim(`household tab "${tab.key}"`, m.id)
    for (const card of m.workbenchCards ?? []) claim(`workbench card "${card.key}"`, m.id)
    for (const item of m.headerItems ?? []) claim(`header item "${item.key}"`, m.id)
  }
  return [...claims].filter(([, by]) => by.length > 1).map(([what, by]) => `${what}: ${by.join(' and ')}`)
}

/** Throws, naming every conflict, when two entries claim the same route, hotkey or tab. */
export function assertManifestsDistinct(manifests: readonly ClaimingManifest[]): void {
  const conflicts = manifestConflicts(manifests)
  if (conflicts.length > 0) {
    throw new Error(
      `Renderer capabilities claim the same thing twice — give each its own:\n  ${conflicts.join('\n  ')}`
    )
  }
}
