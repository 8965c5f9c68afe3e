import type { ReactNode } from 'react'
import { type LexicalNode, readInteger, readString } from '@govsite/domain'

/** Lexical's text format bits, innermost wrapper first. */
const FORMAT_WRAPPERS = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
] as const

/** A text node: its text (escaped by React like any string) wrapped per format bit. Lexical's inline `style` is ignored. */
export function renderText(node: LexicalNode): ReactNode {
  const text = readString(node, 'text')
  if (text === undefined || text === '') return null
  const format = readInteger(node, 'format') ?? 0
  let element: ReactNode = text
  for (const [bit, Tag] of FORMAT_WRAPPERS) {
    if (format & bit) element = <Tag>{element}</Tag>
  }
  return element
}
