import { z } from 'zod'
import { mutation } from '../kernel/procedure'
import { password, text, username } from '../kernel/fields'

export const setupApi = {
  /** First run: the company, the estate, this counter and the first administrator. */
  initialize: mutation<{ adminId: number }>()(
    'setup.initialize',
    z.strictObject({
      companyName: text(60),
      estateName: text(60),
      counterName: text(30),
      admin: z.strictObject({ username, displayName: text(30), password })
    }),
    'public',
    { noReplay: true }
  )
}
