import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../../../electron/main/core/core'
import type { PasswordHasher } from '../../../electron/main/core/passwords'
import { ADMIN, setUpCore, tempDir, testClock, testPasswords } from '../../helpers/core'
import { clientOf } from '../../helpers/client'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const signIn = (core: Core, username: string, password: string) =>
  clientOf(core).attempt.staff.signIn({ username, password })

describe('sign-in tells nobody which user names exist', () => {
  it('an unknown name gets the same message, the same remaining count and the same lock as a real one', async () => {
    const { core } = await setUpCore(tmp.dir)
    const answers: unknown[][] = [[], []]
    for (let i = 0; i < 6; i++) {
      answers[0]!.push(await signIn(core, 'ghost', 'wrong999'))
      answers[1]!.push(await signIn(core, ADMIN.username, 'wrong999'))
    }
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0]![0]).toEqual({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误（还可尝试 4 次）', details: undefined }
    })
    expect(answers[0]![4]).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    core.close()
  })

  it('a disabled account with a wrong password answers like an unknown name; only its password tells it is disabled', async () => {
    const { core, addStaff, admin } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk')
    const id = (await admin.staff.list({})).find((s) => s.username === 'clerk1')!.id
    await admin.staff.setActive({ id, active: false }, { requestId: randomUUID() })
    expect(await signIn(core, 'clerk1', 'wrong999')).toEqual(await signIn(core, 'ghost1', 'wrong999'))
    expect(await signIn(core, 'clerk1', 'pass1234')).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } })
    core.close()
  })

  it('the dummy hash is made once when the core starts, so the first unknown name costs no extra hashing', async () => {
    const calls: string[] = []
    const passwords: PasswordHasher = {
      hash: (password) => {
        calls.push('hash')
        return testPasswords.hash(password)
      },
      verify: (password, hash) => {
        calls.push('verify')
        return testPasswords.verify(password, hash)
      }
    }
    const core = await Core.start({
      dataDir: tmp.dir,
      version: '0.0.0-test',
      now: testClock().now,
      randomToken: () => randomUUID(),
      passwords
    })
    expect(calls).toEqual(['hash'])
    await clientOf(core).setup.initialize({
      companyName: '公司',
      estateName: '小区',
      counterName: '前台',
      admin: ADMIN
    })
    calls.length = 0
    await signIn(core, 'ghost', 'wrong999')
    await signIn(core, 'ghost2', 'wrong999')
    await signIn(core, ADMIN.username, 'wrong999')
    expect(calls).toEqual(['verify', 'verify', 'verify'])
    core.close()
  })
})
