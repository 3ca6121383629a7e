// Lint keeps the process boundaries and the capability folders visible (see docs/ARCHITECTURE.md).
// The boundaries are an ALLOW-list (eslint-plugin-boundaries, `default: 'disallow'`): a folder may
// import only what a policy below names, so a new kind of edge fails lint until someone writes it
// down here with the reason. tests/unit/lint/boundaries.test.ts proves each rule in both directions.
import boundaries from 'eslint-plugin-boundaries'
import tseslint from 'typescript-eslint'

const SOURCE_FILES = ['shared/**/*.ts', 'db/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}']

// First match wins, so the specific folders come before the folder that holds them. Files directly
// in shared/ (api.ts, messages.ts, errors.ts) are the combined contract: they gather the capabilities.
const elements = [
  { type: 'shared-kernel', pattern: 'shared/kernel' },
  { type: 'shared-domain', pattern: 'shared/domain' },
  { type: 'shared-capability', pattern: 'shared/*', capture: ['capability'] },
  { type: 'shared-combined', pattern: 'shared' },
  { type: 'db', pattern: 'db' },
  { type: 'app', pattern: 'electron/main/app' },
  { type: 'core', pattern: 'electron/main/core' },
  { type: 'service', pattern: 'electron/main/services/*', capture: ['capability'] },
  { type: 'service-registry', pattern: 'electron/main/services' },
  { type: 'shell', pattern: 'electron/main/shell' },
  { type: 'office', pattern: 'electron/main/office' },
  { type: 'tools', pattern: 'electron/main/tools' },
  { type: 'preload', pattern: 'electron/preload' },
  { type: 'renderer', pattern: 'renderer' }
].map((element) => ({ ...element, partialMatch: false }))

/** The router and the files only it (or the composition root, core.ts) may use. */
const ROUTER_ONLY = '{router,core,replay,approval}.ts'
const SHARED = ['shared-kernel', 'shared-domain', 'shared-capability', 'shared-combined']
const from = (type) => ({ element: { type } })
const toElements = (types) => ({ to: { element: { types: { anyOf: types } } } })
const toTypesOf = (types) => ({ to: { element: { types: { anyOf: types } } }, dependency: { kind: 'type' } })
const toService = (capability, file) => ({
  to: { element: { type: 'service', captured: { capability }, fileInternalPath: file } }
})
const toExternal = (source) => ({ to: { module: { origin: 'external', source } } })
const toNodeBuiltins = { to: { module: { origin: 'core' } } }
/** Everything from node_modules but Electron: the main-process code outside app/ runs on plain Node too. */
const toExternalButElectron = toExternal('!electron')

const policies = [
  // shared/ runs in both processes: zod and dayjs are its only libraries.
  { from: { element: { types: { anyOf: SHARED } } }, allow: toExternal(['zod', 'dayjs']) },
  // The kernel imports nothing of shared/ but itself (imports inside one folder are not checked),
  // the domain helpers only the kernel: neither knows a capability. Types of the combined catalog
  // (MessageKey) are fine anywhere in shared/: `import type` is erased, so it makes no runtime cycle.
  { from: { element: { types: { anyOf: SHARED } } }, allow: toTypesOf(['shared-combined']) },
  { from: from('shared-domain'), allow: toElements(['shared-kernel']) },
  // A capability's contract builds on the kernel and the domain helpers; another capability's
  // contract only for its types (fees' exports reuse households' WorkbookFile shape).
  { from: from('shared-capability'), allow: toElements(['shared-kernel', 'shared-domain']) },
  { from: from('shared-capability'), allow: toTypesOf(['shared-capability']) },
  // The move-in payment (checkin.pay) is fees.pay's input with the check-in's id: one definition.
  {
    from: { element: { type: 'shared-capability', captured: { capability: 'checkin' } } },
    allow: {
      to: {
        element: { type: 'shared-capability', captured: { capability: 'fees' }, fileInternalPath: 'payment-input.ts' }
      }
    }
  },
  // A renovation's deposit refund is paid back by one of fees' payment methods: the same list.
  {
    from: { element: { type: 'shared-capability', captured: { capability: 'permits' } } },
    allow: {
      to: {
        element: { type: 'shared-capability', captured: { capability: 'fees' }, fileInternalPath: 'payment-input.ts' }
      }
    }
  },
  // Papers are signed and checked with Ed25519 in both processes (the gate page verifies offline):
  // the audited pure-JS @noble libraries, synchronous, so they run where WebCrypto is missing.
  {
    from: { element: { type: 'shared-capability', captured: { capability: 'permits' } } },
    allow: toExternal(['@noble/ed25519', '@noble/hashes'])
  },
  { from: from('shared-combined'), allow: toElements(SHARED) },

  // db/: the schema and the connection; it knows the contract, never the services.
  { from: from('db'), allow: toElements(SHARED) },
  { from: from('db'), allow: toExternal(['drizzle-orm', 'better-sqlite3']) },
  { from: from('db'), allow: toNodeBuiltins },

  // core: the router, the context and recovery. It reads the capability list (services/index.ts)
  // and, as the documented exception, foundation's services: the router checks sessions, staff
  // and settings and writes the audit trail for every capability.
  { from: from('core'), allow: toElements(['db', ...SHARED, 'service-registry']) },
  { from: from('core'), allow: { to: { element: { type: 'service', captured: { capability: 'foundation' } } } } },
  { from: from('core'), allow: [toExternalButElectron, toNodeBuiltins] },

  // services/<cap>: db, shared, the core's building blocks (handler, context, errors, registry
  // types...) and its own folder (own-folder imports are internal). Never the router or what only
  // the router uses: a handler is called by the router, it does not call it.
  { from: from('service'), allow: toElements(['db', ...SHARED]) },
  { from: from('service'), allow: { to: { element: { type: 'core', fileInternalPath: `!${ROUTER_ONLY}` } } } },
  { from: from('service'), allow: [toExternalButElectron, toNodeBuiltins] },
  // Demo seeds and benches reuse the tools' fake people, schedules and timers; a bench drives a whole Core.
  {
    from: { element: { type: 'service', fileInternalPath: '{demo,bench}*.ts' } },
    allow: toElements(['tools', 'core'])
  },
  // Cross-capability edges in use today, each named (a new one fails lint until it is listed):
  // settings are foundation's one key-value store; every capability reads its own keys from it.
  { from: from('service'), allow: toService('foundation', 'settings.ts') },
  // A household's history shows the audit entries about it.
  {
    from: { element: { type: 'service', captured: { capability: 'households' } } },
    allow: toService('foundation', 'audit.ts')
  },
  // Fees and key custody bill or lend against a room: they read it through households' getRoom.
  {
    from: { element: { type: 'service', captured: { capability: '{fees,keys}' } } },
    allow: toService('households', 'room-records.ts')
  },
  // A 催缴 call may reveal the phone number: households' privacy rules decide who may and audit it (mayRevealForCall, refuse).
  {
    from: { element: { type: 'service', captured: { capability: 'fees' } } },
    allow: toService('households', 'privacy.ts')
  },

  // Work orders are made for a room: households' getRoom; a repair's warranty starts at the
  // room's handover and its contact phone is masked by the household file's reveal rule (repair-room.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'workorders' } } },
    allow: toService('households', '{room-records,repair-room}.ts')
  },
  // A paid repair or service is charged as a fees receivable, and shows the receipt that settled it.
  {
    from: { element: { type: 'service', captured: { capability: 'workorders' } } },
    allow: toService('fees', 'service-charge.ts')
  },
  // Check-in hands a home over: it reads the room and its persons, sets the room's status and the
  // household file's checklist (room-handover.ts), prices and records the move-in fees and the
  // first meter readings (fees' move-in.ts, trusteeship-rate.ts) and turns defects into work orders.
  // Its room picker finds owners through the households' search and its probe limit (search*.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'checkin' } } },
    allow: toService('households', '{room-records,room-handover,person-records,search,search-numbers}.ts')
  },
  {
    from: { element: { type: 'service', captured: { capability: 'checkin' } } },
    allow: toService('fees', '{move-in,trusteeship-rate}.ts')
  },
  {
    from: { element: { type: 'service', captured: { capability: 'checkin' } } },
    allow: toService('workorders', 'records.ts')
  },

  // Permits are issued for a room: households' getRoom; the applicant is checked against the
  // room's owners and agents, scans go to the household file and the room turns 装修中 while
  // works run (permit-room.ts). The garbage fee and the deposit are fees receivables, the
  // deposit comes back as a fees refund (renovation-fees.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'permits' } } },
    allow: toService('households', '{room-records,permit-room}.ts')
  },
  {
    from: { element: { type: 'service', captured: { capability: 'permits' } } },
    allow: toService('fees', 'renovation-fees.ts')
  },

  // Signing in opens the counter's shift of the kind the office's times give (handover's shift-clock.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'foundation' } } },
    allow: toService('handover', 'shift-clock.ts')
  },
  // A handover closes the counter's shift and opens the incoming person's, who signs in on the
  // same screen exactly as at sign-in, and takes a verified backup (foundation's shift-change.ts).
  // The ledger names the room (households' getRoom) and masks a caller's phone by the household
  // file's reveal rule (privacy.ts); an entry becomes a repair or a complaint (ledger-conversion.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'handover' } } },
    allow: toService('foundation', 'shift-change.ts')
  },
  {
    from: { element: { type: 'service', captured: { capability: 'handover' } } },
    allow: toService('households', '{room-records,privacy}.ts')
  },
  {
    from: { element: { type: 'service', captured: { capability: 'handover' } } },
    allow: toService('workorders', 'ledger-conversion.ts')
  },

  // The office bench drives a real server process and counters' links (electron/main/office/).
  {
    from: { element: { type: 'service', captured: { capability: 'office' }, fileInternalPath: 'bench*.ts' } },
    allow: toElements(['office'])
  },
  // The office server logs every refused device as an audit row (foundation's audit.ts).
  {
    from: { element: { type: 'service', captured: { capability: 'office' } } },
    allow: toService('foundation', 'audit.ts')
  },

  // A capability's definition (services/<cap>/index.ts) and the list of them (services/index.ts)
  // are typed by tools/capability.ts, which adds the demo and bench steps to the core's Capability.
  {
    from: [{ element: { type: 'service', fileInternalPath: 'index.ts' } }, from('service-registry')],
    allow: { to: { element: { type: 'tools', fileInternalPath: 'capability.ts' } } }
  },
  { from: from('service-registry'), allow: toElements(['service', 'core', ...SHARED]) },

  // The Electron side: app/ wires the core into windows, IPC and printing; it alone (with the
  // preload) may import 'electron'. shell/ is the loopback browser shell on plain Node.
  { from: from('app'), allow: toElements(['core', 'shell', 'office', ...SHARED]) },
  { from: from('app'), allow: [toExternal('*'), toNodeBuiltins] },
  { from: from('preload'), allow: toElements(SHARED) },
  { from: from('preload'), allow: toExternal('electron') },
  { from: from('shell'), allow: toElements(['core', 'office', ...SHARED]) },
  // The browser shell reports the app's version from package.json, as electron's app.getVersion() does.
  { from: from('shell'), allow: { to: { file: { path: 'package.json' } } } },
  { from: from('shell'), allow: [toExternalButElectron, toNodeBuiltins] },
  // office/: the office server and a counter's link to it, plain Node like the shell (which it
  // reuses for the server's own screen). It checks device credentials and pairing proofs with the
  // office capability's credentials.ts and device-auth.ts, and never reaches another service.
  { from: from('office'), allow: toElements(['core', 'db', 'shell', ...SHARED]) },
  { from: from('office'), allow: toService('office', '{credentials,device-auth}.ts') },
  { from: from('office'), allow: { to: { file: { path: 'package.json' } } } },
  { from: from('office'), allow: [toExternalButElectron, toNodeBuiltins] },
  // tools/: the demo and bench entries loop over every capability.
  { from: from('tools'), allow: toElements(['core', 'db', 'service', 'service-registry', 'shell', ...SHARED]) },
  { from: from('tools'), allow: [toExternalButElectron, toNodeBuiltins] },

  // The renderer is a sandboxed browser page: it reaches the core only through the typed client
  // over shared/, never the database, Electron, Node or the main process's libraries.
  { from: from('renderer'), allow: toElements(SHARED) },
  { from: from('renderer'), allow: toExternal('!{electron,better-sqlite3,drizzle-orm,drizzle-kit,exceljs,pinyin-pro}') }
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**'
    ]
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: SOURCE_FILES,
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: { project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true },
        node: true
      },
      'boundaries/elements': elements,
      'boundaries/legacy-templates': false,
      // An import that resolves nowhere (an alias the folder's tsconfig lacks, as @db in the
      // renderer) is a local file of no element, so it fails instead of passing as a library.
      'boundaries/flag-as-external': { unresolvableAlias: false }
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies }
      ]
    }
  },
  {
    // Outside the source folders (which the boundaries above cover), tests, tool scripts and
    // configs may load anything but the Electron runtime: vitest and the tools run on plain Node.
    ignores: SOURCE_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "Only electron/main/app/ and the preload may import 'electron'." }] }
      ]
    }
  },
  {
    // Shape: small files and functions read and review best. Warnings, not errors, so a long
    // file can be split in its own change; the counts show in every lint run.
    files: SOURCE_FILES,
    rules: {
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // Screens take their colours from renderer/src/lib/colors.ts (the theme's tokens), so a dark or
    // high-contrast theme changes one file. Print and paper HTML keeps its own fixed colours.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'renderer/src/app/theme.ts',
      'renderer/src/lib/colors.ts',
      'renderer/src/lib/print/**',
      'renderer/src/features/**/paper/**',
      'renderer/src/**/*-print.tsx',
      'renderer/src/**/*-prints.tsx'
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=', 'TemplateElement[value.raw='].map((node) => ({
          selector: `${node}/#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(/]`,
          message: 'A colour belongs in renderer/src/lib/colors.ts (theme tokens), not in a screen.'
        }))
      ]
    }
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }] }
  },
  {
    files: ['tests/**/*.ts', 'electron/tools/**/*.mjs', '*.config.mts', 'eslint.config.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
