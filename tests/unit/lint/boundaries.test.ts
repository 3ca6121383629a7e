import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// Each boundary in eslint.config.mjs, proven both ways through ESLint's own API: a forbidden
// import is an error of boundaries/dependencies, an allowed one lints clean. The config is an
// allow-list, so dropping a policy turns its "allowed" case red; dropping the rule turns every
// "forbidden" case red. The files need not exist; the imported ones do (they are resolved).
const repoRoot = resolve(import.meta.dirname, '../../..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot })
})

interface Case {
  /** A file inside the folder under test, as if it held `code`. */
  filePath: string
  code: string
}

async function boundaryErrors({ filePath, code }: Case): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, filePath) })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)
}

/** One import, used so that no other rule (unused variables) speaks. */
const importing = (filePath: string, source: string, kind: 'value' | 'type' = 'value'): Case => ({
  filePath,
  code:
    kind === 'type'
      ? `import type * as target from '${source}'\nexport type Used = typeof target\n`
      : `import * as target from '${source}'\nexport const used = target\n`
})

async function expectForbidden(input: Case) {
  const errors = await boundaryErrors(input)
  expect(errors, `${input.filePath} should not be allowed: ${input.code}`).toEqual([
    expect.stringMatching(/^boundaries\/dependencies: /)
  ])
}

async function expectAllowed(input: Case) {
  expect(await boundaryErrors(input), `${input.filePath} should be allowed: ${input.code}`).toEqual([])
}

describe('lint boundaries: shared/', () => {
  it('imports zod and dayjs, never another library or Node', async () => {
    await expectAllowed(importing('shared/kernel/probe.ts', 'zod'))
    await expectAllowed(importing('shared/fees/probe.ts', 'dayjs'))
    await expectForbidden(importing('shared/kernel/probe.ts', 'exceljs'))
    await expectForbidden(importing('shared/households/probe.ts', 'node:os'))
    await expectForbidden(importing('shared/domain/probe.ts', 'electron'))
  })

  it('the kernel knows no capability and no domain helper', async () => {
    await expectAllowed(importing('shared/kernel/probe.ts', './roles'))
    await expectForbidden(importing('shared/kernel/probe.ts', '../households/estate'))
    await expectForbidden(importing('shared/kernel/probe.ts', '../domain/money'))
  })

  it('the domain helpers build on the kernel, not on a capability', async () => {
    await expectAllowed(importing('shared/domain/probe.ts', '../kernel/fields'))
    await expectForbidden(importing('shared/domain/probe.ts', '../keys/api'))
    await expectForbidden(importing('shared/domain/probe.ts', '../fees/periods'))
  })

  it('the combined contract gathers everything in shared/; elsewhere it is imported for its types only', async () => {
    await expectAllowed(importing('shared/api.ts', './kernel/roles'))
    await expectAllowed(importing('shared/domain/probe.ts', '../messages', 'type'))
    await expectForbidden(importing('shared/domain/probe.ts', '../messages'))
  })

  it("a capability's contract uses the kernel and the domain, and only the types of another capability", async () => {
    await expectAllowed(importing('shared/fees/probe.ts', '../domain/money'))
    await expectAllowed(importing('shared/fees/probe.ts', '../households/estate', 'type'))
    await expectForbidden(importing('shared/fees/probe.ts', '../households/estate'))
    await expectAllowed(importing('shared/checkin/probe.ts', '../fees/payment-input'))
    await expectForbidden(importing('shared/checkin/probe.ts', '../fees/fees'))
    await expectForbidden(importing('shared/keys/probe.ts', '../fees/payment-input'))
  })

  it('nothing in shared/ reaches the database, the main process or the renderer', async () => {
    await expectForbidden(importing('shared/fees/probe.ts', '../../db/open'))
    await expectForbidden(importing('shared/kernel/probe.ts', '../../electron/main/core/errors'))
    await expectForbidden(importing('shared/api.ts', '../renderer/src/lib/clock'))
  })
})

describe('lint boundaries: db/', () => {
  it('imports shared/, drizzle, better-sqlite3 and Node, never the services or the core', async () => {
    await expectAllowed(importing('db/probe.ts', '../shared/foundation/system'))
    await expectAllowed(importing('db/probe.ts', 'drizzle-orm'))
    await expectAllowed(importing('db/probe.ts', 'node:fs'))
    await expectForbidden(importing('db/probe.ts', '../electron/main/services'))
    await expectForbidden(importing('db/schema/probe.ts', '../../electron/main/core/errors'))
    await expectForbidden(importing('db/probe.ts', 'exceljs'))
  })
})

describe('lint boundaries: electron/main/services/<cap>/', () => {
  it("imports db, shared and the core's building blocks", async () => {
    await expectAllowed(importing('electron/main/services/keys/probe.ts', '../../../../db/open'))
    await expectAllowed(importing('electron/main/services/keys/probe.ts', '../../../../shared/keys/api'))
    await expectAllowed(importing('electron/main/services/keys/probe.ts', '../../core/errors'))
    await expectAllowed(importing('electron/main/services/keys/probe.ts', 'exceljs'))
  })

  it('never the router, nor Electron', async () => {
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../../core/router'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', 'electron'))
  })

  it("another capability's services only through a listed edge", async () => {
    await expectAllowed(importing('electron/main/services/keys/probe.ts', '../households/room-records'))
    await expectAllowed(importing('electron/main/services/fees/probe.ts', '../foundation/settings'))
    await expectAllowed(importing('electron/main/services/households/probe.ts', '../foundation/audit'))
    await expectAllowed(importing('electron/main/services/fees/probe.ts', '../households/privacy'))
    await expectAllowed(importing('electron/main/services/checkin/probe.ts', '../households/room-handover'))
    await expectAllowed(importing('electron/main/services/checkin/probe.ts', '../households/person-records'))
    await expectAllowed(importing('electron/main/services/checkin/probe.ts', '../fees/move-in'))
    await expectAllowed(importing('electron/main/services/checkin/probe.ts', '../fees/trusteeship-rate'))
    await expectAllowed(importing('electron/main/services/checkin/probe.ts', '../workorders/records'))
    await expectAllowed(importing('electron/main/services/workorders/probe.ts', '../households/room-records'))
    await expectAllowed(importing('electron/main/services/workorders/probe.ts', '../households/repair-room'))
    await expectAllowed(importing('electron/main/services/workorders/probe.ts', '../fees/service-charge'))
    await expectAllowed(importing('electron/main/services/handover/probe.ts', '../foundation/shift-change'))
    await expectAllowed(importing('electron/main/services/handover/probe.ts', '../households/privacy'))
    await expectAllowed(importing('electron/main/services/handover/probe.ts', '../workorders/ledger-conversion'))
    await expectAllowed(importing('electron/main/services/foundation/probe.ts', '../handover/shift-clock'))
    await expectAllowed(importing('electron/main/services/office/probe.ts', '../foundation/audit'))
    await expectForbidden(importing('electron/main/services/office/probe.ts', '../foundation/auth'))
    await expectForbidden(importing('electron/main/services/handover/probe.ts', '../foundation/auth'))
    await expectForbidden(importing('electron/main/services/handover/probe.ts', '../fees/payments'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../workorders/ledger-conversion'))
    await expectForbidden(importing('electron/main/services/foundation/probe.ts', '../handover/settings-store'))
    await expectForbidden(importing('electron/main/services/workorders/probe.ts', '../households/households'))
    await expectForbidden(importing('electron/main/services/workorders/probe.ts', '../fees/billing'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../fees/service-charge'))
    await expectForbidden(importing('electron/main/services/checkin/probe.ts', '../fees/payments'))
    await expectForbidden(importing('electron/main/services/checkin/probe.ts', '../households/documents'))
    await expectForbidden(importing('electron/main/services/checkin/probe.ts', '../workorders/handlers'))
    await expectForbidden(importing('electron/main/services/workorders/probe.ts', '../checkin/records'))
    await expectForbidden(importing('electron/main/services/fees/probe.ts', '../households/room-handover'))
    await expectForbidden(importing('electron/main/services/households/probe.ts', '../fees/arrears-records'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../fees/fee-items'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../foundation/audit'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../fees/billing'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../households/estate'))
  })

  it('only demo seeds and benches use the tools', async () => {
    await expectAllowed(importing('electron/main/services/keys/demo.ts', '../../tools/demo/people'))
    await expectAllowed(importing('electron/main/services/fees/bench-probe.ts', '../../tools/bench/stats'))
    await expectForbidden(importing('electron/main/services/keys/probe.ts', '../../tools/demo/people'))
    // The capability's definition is typed by the tools' CapabilityDefinition (demo and bench steps).
    await expectAllowed(importing('electron/main/services/keys/index.ts', '../../tools/capability', 'type'))
  })
})

describe('lint boundaries: electron/main/core/', () => {
  it('imports db, shared, the capability list and foundation (the documented exception)', async () => {
    await expectAllowed(importing('electron/main/core/probe.ts', '../../../db/schema'))
    await expectAllowed(importing('electron/main/core/probe.ts', '../../../shared/kernel/errors'))
    await expectAllowed(importing('electron/main/core/probe.ts', '../services'))
    await expectAllowed(importing('electron/main/core/probe.ts', '../services/foundation/audit'))
    await expectAllowed(importing('electron/main/core/probe.ts', 'node:crypto'))
  })

  it("never another capability's services, the tools, the shells or Electron", async () => {
    await expectForbidden(importing('electron/main/core/probe.ts', '../services/fees/billing'))
    await expectForbidden(importing('electron/main/core/probe.ts', '../tools/capability'))
    await expectForbidden(importing('electron/main/core/probe.ts', '../shell/csp'))
    await expectForbidden(importing('electron/main/core/probe.ts', 'electron'))
  })
})

describe('lint boundaries: the other main-process folders', () => {
  it('each imports what it wires together', async () => {
    await expectAllowed(importing('electron/main/services/index.ts', './keys/keys'))
    await expectAllowed(importing('electron/main/app/probe.ts', '../shell/csp'))
    await expectAllowed(importing('electron/preload/probe.ts', '../../shared/kernel/bridge'))
    await expectAllowed(importing('electron/main/shell/probe.ts', '../core/core'))
    await expectAllowed(importing('electron/main/shell/probe.ts', '../../../package.json'))
    await expectAllowed(importing('electron/main/shell/probe.ts', 'node:http'))
    await expectAllowed(importing('electron/main/tools/probe.ts', '../services/keys/keys'))
    await expectAllowed(importing('electron/main/tools/probe.ts', 'node:util'))
    await expectForbidden(importing('electron/main/shell/probe.ts', '../services/keys/keys'))
    await expectForbidden(importing('electron/preload/probe.ts', '../main/core/errors'))
    // The office server and the counter's link: the core, the shell, and only the office capability's credential checks.
    await expectAllowed(importing('electron/main/shell/probe.ts', '../office/desk-backend'))
    await expectAllowed(importing('electron/main/office/probe.ts', '../core/core'))
    await expectAllowed(importing('electron/main/office/probe.ts', '../shell/web-server'))
    await expectAllowed(importing('electron/main/office/probe.ts', '../services/office/device-auth'))
    await expectAllowed(importing('electron/main/office/probe.ts', 'node:https'))
    await expectForbidden(importing('electron/main/office/probe.ts', '../services/office/pairing'))
    await expectForbidden(importing('electron/main/office/probe.ts', '../services/fees/payments'))
    await expectForbidden(importing('electron/main/office/probe.ts', 'electron'))
  })
})

describe("lint boundaries: 'electron' itself", () => {
  it('only electron/main/app/ and the preload import it', async () => {
    await expectAllowed(importing('electron/main/app/probe.ts', 'electron'))
    await expectAllowed(importing('electron/preload/probe.ts', 'electron'))
    await expectForbidden(importing('electron/main/shell/probe.ts', 'electron'))
    await expectForbidden(importing('electron/main/tools/probe.ts', 'electron'))
  })

  it('nor does a test (vitest runs on plain Node)', async () => {
    const [result] = await eslint.lintText(importing('', 'electron').code, {
      filePath: resolve(repoRoot, 'tests/unit/probe.test.ts')
    })
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports'])
  })
})

describe('lint boundaries: renderer/', () => {
  it('imports shared/ (by alias or path) and browser libraries', async () => {
    await expectAllowed(importing('renderer/src/features/keys/Probe.tsx', '@shared/keys/api'))
    await expectAllowed(importing('renderer/src/features/keys/Probe.tsx', '../../../../shared/domain/money'))
    await expectAllowed(importing('renderer/src/features/keys/Probe.tsx', 'antd'))
  })

  it('never the database, the main process, Electron, Node, better-sqlite3 or drizzle', async () => {
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', '../../../../db/open'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', '@db/open'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', '../../../../electron/main/core/errors'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', 'electron'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', 'node:fs'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', 'better-sqlite3'))
    await expectForbidden(importing('renderer/src/features/keys/Probe.tsx', 'drizzle-orm'))
  })
})
