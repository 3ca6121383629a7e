import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The colour rule in eslint.config.mjs, proven both ways: a colour literal in a screen is an error,
// the same literal in lib/colors.ts or in print/paper HTML (which keeps fixed black-on-white) is not,
// and a screen that names its colour through lib/colors.ts lints clean.
const repoRoot = resolve(import.meta.dirname, '../../..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot })
})

async function colourErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

const hexLiteral = "export const owed = { color: '#cf1322' }\n"
const rgbaLiteral = "export const muted = { color: 'rgba(0,0,0,0.45)' }\n"
const hexInTemplate = 'export const frame = (w: number) => `${w}px solid #d9d9d9`\n'

describe('lint: screen colours come from lib/colors.ts', () => {
  it('forbids hex and rgb() colours in a screen', async () => {
    for (const code of [hexLiteral, rgbaLiteral, hexInTemplate]) {
      expect(await colourErrors('renderer/src/features/fees/counter/Probe.tsx', code), code).toEqual([
        expect.stringMatching(/lib\/colors\.ts/)
      ])
    }
  })

  it('allows them where the palette lives and in print/paper HTML', async () => {
    for (const filePath of [
      'renderer/src/lib/colors.ts',
      'renderer/src/app/theme.ts',
      'renderer/src/features/fees/paper/probe.tsx',
      'renderer/src/features/fees/arrears/notice-print.tsx',
      'renderer/src/features/keys/key-prints.tsx',
      'renderer/src/lib/print/probe.ts'
    ]) {
      expect(await colourErrors(filePath, hexLiteral), filePath).toEqual([])
    }
  })

  it('lets a screen name a colour by meaning, and text that merely holds a #', async () => {
    const code =
      "import { colors } from '@renderer/lib/colors'\nexport const owed = { color: colors.owed, label: '#12 楼' }\n"
    expect(await colourErrors('renderer/src/features/fees/counter/Probe.tsx', code)).toEqual([])
  })
})
