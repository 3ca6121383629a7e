import type { WorkbookFile } from '@shared/households/estate'

/** Saves a file the core produced (base64) through the browser's own download: works in both shells. */
export function downloadFile(
  file: WorkbookFile,
  mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '')
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}
