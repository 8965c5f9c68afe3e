import { type LexicalNode, readInteger, readString } from '@govsite/domain'

/** File types visitors recognise, by MIME type. */
const TYPE_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/ofd': 'OFD',
  'application/zip': 'ZIP',
  'text/plain': '文本',
}

function typeLabel(mimeType: string | undefined, filename: string | undefined): string | undefined {
  if (mimeType && Object.hasOwn(TYPE_LABELS, mimeType)) return TYPE_LABELS[mimeType]
  const extension = /\.([a-z0-9]{1,8})$/i.exec(filename ?? '')?.[1]
  return extension?.toUpperCase()
}

function sizeLabel(bytes: number | undefined): string | undefined {
  if (bytes === undefined || bytes <= 0) return undefined
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** An attachment's type and size for its download link, e.g. `（PDF，1.2 MB）`; '' when neither is known. */
export function fileLabel(doc: LexicalNode): string {
  const parts = [typeLabel(readString(doc, 'mimeType'), readString(doc, 'filename')), sizeLabel(readInteger(doc, 'filesize'))].filter(Boolean)
  return parts.length > 0 ? `（${parts.join('，')}）` : ''
}
