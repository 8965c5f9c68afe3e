import type { ReactNode } from 'react'
import { asNode, type LexicalNode, readInteger, readString } from '@govsite/domain'
import { alignmentClass } from './alignment-class.js'

function listType(node: LexicalNode | null): 'bullet' | 'number' | 'check' {
  const stored = readString(node, 'listType')
  if (stored === 'bullet' || stored === 'number' || stored === 'check') return stored
  return readString(node, 'tag') === 'ol' ? 'number' : 'bullet'
}

/** bullet → ul, number → ol (with `start` when it is not 1), check → ul.rt-list-check. */
export function renderList(node: LexicalNode, children: ReactNode[]): ReactNode {
  const type = listType(node)
  if (type === 'number') {
    const start = readInteger(node, 'start')
    return <ol start={start !== undefined && start !== 1 ? start : undefined}>{children}</ol>
  }
  return <ul className={type === 'check' ? 'rt-list-check' : undefined}>{children}</ul>
}

/** A list item; in a check list it carries a read-only checkbox. Items that only hold a nested list get `rt-nested`. */
export function renderListItem(node: LexicalNode, children: ReactNode[], parent: LexicalNode | null): ReactNode {
  const nested = Array.isArray(node.children) && node.children.some((child) => readString(asNode(child), 'type') === 'list')
  const classes = [alignmentClass(node), nested ? 'rt-nested' : undefined]
  if (listType(parent) === 'check' && readString(parent, 'type') === 'list' && !nested) {
    const checked = node.checked === true
    classes.push(checked ? 'rt-checked' : 'rt-unchecked')
    return (
      <li className={classes.filter(Boolean).join(' ')}>
        <input type="checkbox" defaultChecked={checked} disabled readOnly /> {children}
      </li>
    )
  }
  return <li className={classes.filter(Boolean).join(' ') || undefined}>{children}</li>
}
