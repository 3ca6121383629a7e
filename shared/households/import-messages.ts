/**
 * The core's messages for importing rooms and residents from a workbook, in every language
 * (merged with the household messages in ./messages.ts). `{column}` is the sheet's own
 * header text, which stays in Chinese: it is what the person sees in the file.
 */

export const importZhCN = {
  'import.unreadable': '无法读取该文件，请确认是 .xlsx 或 .csv 格式且未加密',
  'import.missingColumn': '缺少“{column}”列，请使用导入模板',
  'import.empty': '文件中没有数据行',
  'import.tooManyRows': '一次最多导入 {max} 行，请拆分文件',
  'import.codeChars': '只能填写字母和数字',
  'import.unknownLabel': '无法识别“{value}”，可填写：{allowed}',
  'import.nameMissing': '填写了住户信息，但没有填写姓名/单位名称',
  'import.relationMissing': '填写了姓名，但没有填写关系',
  'import.duplicateRoom': '房屋 {room} 在第 {first} 行已出现，{column}不一致（“{earlier}”与“{value}”）',
  'import.roomExists': '房屋 {room} 已登记，{column}为“{existing}”，与文件中的“{value}”不一致',
  'import.idTwoNames': '该证件号码在第 {first} 行登记为“{earlier}”，与本行的“{name}”不一致',
  'import.idOnFile': '该证件号码已登记在“{existing}”名下，与文件中的“{name}”不一致',
  'import.maskedId': '证件号码已打码（含 *），且找不到唯一对应的已登记人员，请填写完整号码',
  'import.maskedPhone': '手机号已打码（含 *），新登记的住户请填写完整号码',
  'import.agentOnScreen': '受托人须在房屋页面登记（需填写委托事项和委托期限）',
  'import.idAsNumber': '证件号码被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写',
  'import.fileType': '不能导入“{file}”：请选择 .xlsx 工作簿、.csv 文件或 Excel 另存的“Unicode 文本”(.txt)',
  'import.oldExcel': '不能直接导入旧版 .{extension} 文件：请在 Excel 或 WPS 中“另存为” .xlsx 工作簿后再导入'
}

export type ImportMessageKey = keyof typeof importZhCN

export const importZhTW: Record<ImportMessageKey, string> = {
  'import.unreadable': '無法讀取該檔案，請確認是 .xlsx 或 .csv 格式且未加密',
  'import.missingColumn': '缺少「{column}」欄，請使用匯入範本',
  'import.empty': '檔案中沒有資料列',
  'import.tooManyRows': '一次最多匯入 {max} 列，請拆分檔案',
  'import.codeChars': '只能填寫字母和數字',
  'import.unknownLabel': '無法識別「{value}」，可填寫：{allowed}',
  'import.nameMissing': '填寫了住戶資料，但沒有填寫姓名/單位名稱',
  'import.relationMissing': '填寫了姓名，但沒有填寫關係',
  'import.duplicateRoom': '房屋 {room} 在第 {first} 列已出現，{column}不一致（「{earlier}」與「{value}」）',
  'import.roomExists': '房屋 {room} 已登記，{column}為「{existing}」，與檔案中的「{value}」不一致',
  'import.idTwoNames': '該證件號碼在第 {first} 列登記為「{earlier}」，與本列的「{name}」不一致',
  'import.idOnFile': '該證件號碼已登記在「{existing}」名下，與檔案中的「{name}」不一致',
  'import.maskedId': '證件號碼已遮蔽（含 *），且找不到唯一對應的已登記人員，請填寫完整號碼',
  'import.maskedPhone': '手機號碼已遮蔽（含 *），新登記的住戶請填寫完整號碼',
  'import.agentOnScreen': '受託人須在房屋頁面登記（需填寫委託事項和委託期限）',
  'import.idAsNumber': '證件號碼被 Excel 存成了數字，末幾位已遺失；請把該欄設為「文字」後重新填寫',
  'import.fileType': '無法匯入「{file}」：請選擇 .xlsx 活頁簿、.csv 檔案或 Excel 另存的「Unicode 文字」(.txt)',
  'import.oldExcel': '無法直接匯入舊版 .{extension} 檔案：請在 Excel 或 WPS 中「另存新檔」為 .xlsx 活頁簿後再匯入'
}

export const importEn: Record<ImportMessageKey, string> = {
  'import.unreadable': 'The file cannot be read: use an unencrypted .xlsx or .csv file',
  'import.missingColumn': 'The column “{column}” is missing: use the import template',
  'import.empty': 'The file has no data rows',
  'import.tooManyRows': 'At most {max} rows per import: split the file',
  'import.codeChars': 'Letters and digits only',
  'import.unknownLabel': '“{value}” is not recognised; use one of: {allowed}',
  'import.nameMissing': 'Resident details without a name',
  'import.relationMissing': 'A name without a relation',
  'import.duplicateRoom':
    'Room {room} already appears in row {first} with another {column} (“{earlier}” and “{value}”)',
  'import.roomExists': 'Room {room} is on file with {column} “{existing}”, not “{value}” as in the file',
  'import.idTwoNames': 'This ID number is given as “{earlier}” in row {first} and as “{name}” here',
  'import.idOnFile': 'This ID number is on file for “{existing}”, not “{name}”',
  'import.maskedId': 'The ID number is masked (contains *) and matches no single person on file: enter it in full',
  'import.maskedPhone': 'The phone is masked (contains *): a new resident needs the full number',
  'import.agentOnScreen': 'Register agents on the room page (the power of attorney’s scope and dates are needed)',
  'import.idAsNumber':
    'Excel stored this ID number as a number and lost its last digits: format the column as text and enter it again',
  'import.fileType':
    '“{file}” cannot be imported: choose an .xlsx workbook, a .csv file or Excel’s “Unicode Text” (.txt)',
  'import.oldExcel':
    'An old-style .{extension} file cannot be imported directly: save it as an .xlsx workbook in Excel or WPS first'
}
