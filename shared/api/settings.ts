import { z } from 'zod'
import { query, mutation } from './procedure'
import { ADMINS, ANY_ROLE } from '../roles'
import { idleLockMinutes, text } from './fields'

export interface EstateSettings {
  companyName: string
  estateName: string
  counterName: string
  idleLockMinutes: number
}

export const settingsApi = {
  get: query<EstateSettings>()('settings.get', z.strictObject({}), ANY_ROLE),
  update: mutation<EstateSettings>()(
    'settings.update',
    z.strictObject({
      companyName: text(60),
      estateName: text(60),
      counterName: text(30),
      idleLockMinutes
    }),
    ADMINS
  )
}
