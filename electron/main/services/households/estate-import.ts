/**
 * Importing and exporting rooms and residents (房屋与住户). The file is read in `prepare` (exceljs
 * is asynchronous); everything that depends on the database is checked by `analyse`, which the
 * preview and the import share, so the import refuses exactly what the preview reported. The
 * import is all-or-nothing: one problem anywhere and nothing is written.
 *
 * Re-importing is safe: rooms, persons and relations already on file are reused, never doubled.
 * Masked values (containing *, as the export writes them) mean "the person on file": a masked ID
 * number finds the person with that name whose number masks the same; masked phones leave that
 * person's phones as they are. The import never changes a room or person already on file.
 */
import { api } from '../../../../shared/api'
import { creditCodeCheckChar } from '../../../../shared/domain/credit-code'
import { idCheckDigit } from '../../../../shared/domain/id-card'
import { AppError } from '../../core/errors'
import { localDate } from '../../../../shared/kernel/calendar'
import { COMPANY_ID_LABEL, HELP, ID_TYPE_LABELS, writeSheet, type Cells } from './estate-workbook'
import { handle } from '../../core/handler'
import { analyse, readFile } from './estate-import-plan'
import { writePlan } from './estate-import-write'
import { exportRows } from './estate-export-rows'

const preview = handle(api.estate.importPreview, {
  prepare: readFile,
  run: (ctx, _input, file) => analyse(ctx, file).preview
})

const commit = handle(api.estate.importCommit, {
  prepare: readFile,
  run(ctx, _input, file) {
    const { preview, plan } = analyse(ctx, file)
    if (preview.problems.length) throw new AppError('VALIDATION', {}, { problems: preview.problems })
    writePlan(ctx, plan)
    ctx.audit({
      entityType: 'import',
      summaryKey: 'audit.import',
      summaryParams: { rooms: preview.newRooms, persons: preview.persons }
    })
    return preview
  }
})

const EXAMPLE_ID = ((first17) => first17 + idCheckDigit(first17))('11010519850612123')
const EXAMPLE_CREDIT = ((first17) => first17 + creditCodeCheckChar(first17))('91110105MA01ABCD5')
const EXAMPLES: Cells[] = [
  {
    building: '1',
    unit: '1',
    number: '101',
    area: '89.50',
    type: '住宅',
    status: '已入住',
    name: '张伟',
    relation: '业主',
    idType: ID_TYPE_LABELS.resident,
    idNumber: EXAMPLE_ID,
    phone: '13912345678',
    notes: ''
  },
  {
    building: 'S1',
    unit: '1',
    number: '105',
    area: '120.00',
    type: '商铺',
    status: '空置',
    name: '福州幸福商贸有限公司',
    relation: '业主',
    idType: COMPANY_ID_LABEL,
    idNumber: EXAMPLE_CREDIT,
    phone: '0591-87654321',
    notes: ''
  }
]

const template = handle(api.estate.importTemplate, {
  prepare: () => writeSheet(EXAMPLES, { validations: true, help: HELP }),
  run: (_ctx, _input, dataBase64) => ({ fileName: '房屋与住户导入模板.xlsx', dataBase64 })
})

const exportWorkbook = handle(api.estate.exportWorkbook, {
  prepare: (ctx) => writeSheet(exportRows(ctx)),
  run(ctx, _input, dataBase64) {
    return { fileName: `房屋与住户-${localDate(ctx.now()).replaceAll('-', '')}.xlsx`, dataBase64 }
  }
})

export const estateImportHandlers = [template, preview, commit, exportWorkbook]
