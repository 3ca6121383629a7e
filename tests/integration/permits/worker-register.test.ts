import { describe, expect, it } from 'vitest'
import {
  clerkApi,
  count,
  env,
  ENDS_ON,
  residentId,
  runningRenovation,
  sqlite,
  SUPERVISOR,
  today,
  workerInput
} from './worker-fixture'

const WORKER_ID = residentId('35010219880315123')
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const workers = () => count('SELECT id FROM renovation_workers')
const passes = () => count(`SELECT id FROM papers WHERE kind = 'pass'`)

describe('renovations.addWorker', () => {
  it('registers a worker with a photo on the room, masked for a clerk, with an event and an audit row', async () => {
    const { renovationId, roomId } = await runningRenovation()
    const view = await clerkApi.renovations.addWorker(
      workerInput(renovationId, WORKER_ID, { photo: { fileName: 'li.png', mime: 'image/png', dataBase64: PNG } })
    )
    const [worker] = view.workers
    expect(worker).toMatchObject({ name: '李木工', trade: '木工', idType: 'resident', passes: [] })
    expect(worker!.idNumber).toBe(`3501${'*'.repeat(10)}${WORKER_ID.slice(-4)}`)
    expect(worker!.phone).toBe('138****5678')
    const photo = sqlite()
      .prepare('SELECT room_id, type_key FROM attachments WHERE id = ?')
      .get(worker!.photoAttachmentId)
    expect(photo).toEqual({ room_id: roomId, type_key: null })
    expect(view.events.at(-1)).toMatchObject({ kind: 'workerAdded', details: { workerId: worker!.id } })
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.renovationWorkerAdded'`, roomId)
    ).toBe(1)

    const supervisor = env.clientFor(await env.signIn(SUPERVISOR.username, SUPERVISOR.password))
    const seen = await supervisor.renovations.addWorker(workerInput(renovationId, 'E7654321', { idType: 'passport' }))
    expect(seen.workers.map((w) => [w.idNumber, w.phone])).toEqual([
      [WORKER_ID, '13812345678'],
      ['E7654321', '13812345678']
    ])
  })

  it('refuses a wrong resident ID, a short other document and the same ID twice, saving nothing', async () => {
    const { renovationId } = await runningRenovation()
    const wrong = await clerkApi.attempt.renovations.addWorker(
      workerInput(renovationId, WORKER_ID.slice(0, 17) + (WORKER_ID.endsWith('1') ? '2' : '1'))
    )
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { idNumber: '身份证号校验位不正确' } } }
    })
    const short = await clerkApi.attempt.renovations.addWorker(
      workerInput(renovationId, 'E123', { idType: 'passport' })
    )
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { idNumber: expect.any(String) } } }
    })
    expect(workers()).toBe(0)

    await clerkApi.renovations.addWorker(workerInput(renovationId, 'e1234567', { idType: 'passport', name: 'John' }))
    await clerkApi.renovations.addWorker(workerInput(renovationId, WORKER_ID))
    const twice = await clerkApi.attempt.renovations.addWorker(workerInput(renovationId, WORKER_ID, { name: '李二' }))
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { idNumber: '本装修已登记过此证件号码的施工人员' } } }
    })
    const again = await clerkApi.attempt.renovations.addWorker(
      workerInput(renovationId, 'E1234567', { idType: 'passport', name: 'John' })
    )
    expect(again.ok).toBe(false)
    expect(workers()).toBe(2)
  })

  it('refuses a photo that is no image and a renovation without a permit in force', async () => {
    const { renovationId } = await runningRenovation()
    const pdf = await clerkApi.attempt.renovations.addWorker(
      workerInput(renovationId, WORKER_ID, {
        photo: { fileName: 'a.pdf', mime: 'application/pdf', dataBase64: 'JVBERi0x' }
      })
    )
    expect(pdf).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { photo: expect.any(String) } } }
    })
    sqlite().prepare(`UPDATE renovations SET status = 'approved' WHERE id = ?`).run(renovationId)
    const early = await clerkApi.attempt.renovations.addWorker(workerInput(renovationId, WORKER_ID))
    expect(early).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
    expect(early.ok ? '' : early.error.message).toContain('登记施工人员')
    expect(workers()).toBe(0)
    expect(count('SELECT id FROM attachments')).toBe(0)
  })
})

describe('renovations.issuePass', () => {
  async function withWorker() {
    const running = await runningRenovation()
    const view = await clerkApi.renovations.addWorker(workerInput(running.renovationId, WORKER_ID))
    return { ...running, workerId: view.workers[0]!.id }
  }

  it('issues a pass from today to the permit end, signed with the holder hint, with an event', async () => {
    const { workerId, roomId } = await withWorker()
    const view = await clerkApi.renovations.issuePass({ workerId })
    const [pass] = view.workers[0]!.passes
    expect(pass).toMatchObject({ kind: 'pass', validFrom: today(), validTo: ENDS_ON, standing: 'valid', edition: 1 })
    expect(pass!.number).toMatch(/^CR2026-\d{6}$/)
    expect(pass!.hint).toContain(WORKER_ID.slice(-4))
    expect(pass!.hint).toContain('3-2-1502')
    const row = sqlite().prepare('SELECT worker_id, renovation_id, room_id FROM papers WHERE id = ?').get(pass!.id)
    expect(row).toMatchObject({ worker_id: workerId, room_id: roomId })
    expect(view.events.at(-1)).toMatchObject({
      kind: 'passIssued',
      details: { number: pass!.number, validTo: ENDS_ON }
    })
  })

  it('refuses a pass beyond the permit end or ending before today, saving nothing', async () => {
    const { workerId } = await withWorker()
    const beyond = await clerkApi.attempt.renovations.issuePass({ workerId, validTo: '2026-12-21' })
    expect(beyond).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { validTo: '出入证有效期不能超过许可证有效期（2026-12-20）' } } }
    })
    const past = await clerkApi.attempt.renovations.issuePass({ workerId, validTo: '2026-11-01' })
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { validTo: expect.any(String) } } }
    })
    expect(passes()).toBe(0)
    const shorter = await clerkApi.renovations.issuePass({ workerId, validTo: '2026-12-01' })
    expect(shorter.workers[0]!.passes[0]!.validTo).toBe('2026-12-01')
  })

  it('gives no second pass while one is out; once it expired it does', async () => {
    const { workerId } = await withWorker()
    const first = (await clerkApi.renovations.issuePass({ workerId, validTo: today() })).workers[0]!.passes[0]!
    const second = await clerkApi.attempt.renovations.issuePass({ workerId })
    expect(second).toMatchObject({ ok: false, error: { code: 'PAPER_STATE' } })
    expect(second.ok ? '' : second.error.message).toContain(first.number)
    expect(passes()).toBe(1)

    env.clock.advanceMinutes(24 * 60)
    const token = await env.signIn('clerk1', 'pass1234')
    const view = await env.clientFor(token).renovations.issuePass({ workerId })
    expect(view.workers[0]!.passes.map((p) => [p.number !== first.number, p.standing])).toEqual([
      [true, 'valid'],
      [false, 'expired']
    ])
  })

  it('needs the renovation in works: a suspended one issues no pass', async () => {
    const { workerId, renovationId } = await withWorker()
    sqlite().prepare(`UPDATE renovations SET status = 'suspended' WHERE id = ?`).run(renovationId)
    const refused = await clerkApi.attempt.renovations.issuePass({ workerId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
    expect(passes()).toBe(0)
  })
})
