import type { ReactNode } from 'react'
import { hasFirstLineIndent, type LexicalNode, readString } from '@govsite/domain'
import { alignmentClass } from './alignment-class.js'

/** A paragraph's classes: its alignment and 首行缩进 (the editor's node state), never its stored style. */
function paragraphClass(node: LexicalNode): string | undefined {
  const classes = [alignmentClass(node), hasFirstLineIndent(node) ? 'rt-indent' : undefined].filter(Boolean)
  return classes.length > 0 ? classes.join(' ') : undefined
}

export function renderParagraph(node: LexicalNode, children: ReactNode[]): ReactNode {
  // An empty paragraph is a blank line the editor typed: keep it visible, as the editor shows it.
  return <p className={paragraphClass(node)}>{children.length > 0 ? children : <br />}</p>
}

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/** h2–h6 as stored; h1 (the page owns the single h1) and anything unknown become h2. */
export function renderHeading(node: LexicalNode, children: ReactNode[]): ReactNode {
  const stored = readString(node, 'tag') ?? ''
  const Tag = (HEADING_TAGS.has(stored) ? stored : 'h2') as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  return <Tag className={alignmentClass(node)}>{children}</Tag>
}

export function renderQuote(node: LexicalNode, children: ReactNode[]): ReactNode {
  return <blockquote className={alignmentClass(node)}>{children}</blockquote>
}
