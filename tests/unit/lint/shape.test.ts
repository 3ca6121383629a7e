import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Shape limits in eslint.config.mjs: warnings (a long file is split in its own change), and a
// test's describe block may run long.
const repoRoot = resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: repoRoot })

const statements = (count: number) => Array.from({ length: count }, (_, i) => `  total += ${i}`).join('\n')
const longFunction = (lines: number) =>
  `export function long() {\n  let total = 0\n${statements(lines)}\n  return total\n}\n`

async function shapeMessages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, filePath) })
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, severity: m.severity }))
}

describe('lint shape limits', () => {
  it('a function over 80 lines is a warning in source, not an error', async () => {
    expect(await shapeMessages(longFunction(90), 'electron/main/core/probe.ts')).toEqual([
      { ruleId: 'max-lines-per-function', severity: 1 }
    ])
    expect(await shapeMessages(longFunction(70), 'renderer/src/lib/probe.ts')).toEqual([])
  })

  it('a file over 300 lines of code is a warning; blank lines and comments do not count', async () => {
    const constants = (count: number) => Array.from({ length: count }, (_, i) => `export const c${i} = ${i}`).join('\n')
    expect(await shapeMessages(`${constants(310)}\n`, 'shared/kernel/probe.ts')).toEqual([
      { ruleId: 'max-lines', severity: 1 }
    ])
    const padded = `${constants(290)}\n${'\n// why\n'.repeat(40)}`
    expect(await shapeMessages(padded, 'shared/kernel/probe.ts')).toEqual([])
  })

  it("a test's describe block is exempt from the function limit", async () => {
    const body = Array.from({ length: 90 }, (_, i) => `  it('case ${i}', () => undefined)`).join('\n')
    const code = `import { describe, it } from 'vitest'\ndescribe('many', () => {\n${body}\n})\n`
    expect(await shapeMessages(code, 'tests/unit/probe.test.ts')).toEqual([])
  })
})
