import { type LexicalNode, readString } from '@govsite/domain'

const ALIGNMENT_CLASSES: Readonly<Record<string, string>> = {
  center: 'rt-align-center',
  right: 'rt-align-right',
  justify: 'rt-align-justify',
}

/** Class for an element node's text alignment (`format`); never a style attribute. Left/start/unknown: none. */
export function alignmentClass(node: LexicalNode): string | undefined {
  const format = readString(node, 'format')
  return format !== undefined && Object.hasOwn(ALIGNMENT_CLASSES, format) ? ALIGNMENT_CLASSES[format] : undefined
}
