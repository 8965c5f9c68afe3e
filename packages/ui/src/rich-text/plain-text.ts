import type { NodeBudget } from './limits.js'
import { createNodeBudget } from './limits.js'
import type { LexicalNode } from './read-node.js'
import { asNode, editorRoot, forEachChild, nodeType, readString } from './read-node.js'

/** Node types after which a line ends. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'horizontalrule'])
/** Node types whose children are never looked at, as in RichText. */
const LEAF_TYPES = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'upload'])

/** Appends the text of `value` to `out`; inside a table cell, blocks are separated by spaces so that a row stays one line. */
function collect(value: unknown, depth: number, budget: NodeBudget, out: string[], inCell: boolean): void {
  const node: LexicalNode | null = asNode(value)
  if (!node) return
  const type = nodeType(node)
  const block = BLOCK_TYPES.has(type)
  // A block starts and ends a line (a list item's nested list must not run on from its text).
  if (block) out.push(inCell ? ' ' : '\n')
  if (type === 'text') out.push(readString(node, 'text') ?? '')
  else if (type === 'linebreak') out.push(inCell ? ' ' : '\n')
  else if (type === 'tab' || type === 'tablecell') out.push(' ')
  // Same limits as RichText: children beyond the depth limit or the node budget are dropped.
  if (!LEAF_TYPES.has(type)) {
    const childrenInCell = inCell || type === 'tablecell'
    forEachChild(node, depth, budget, (child) => collect(child, depth + 1, budget, out, childrenInCell))
  }
  if (block) out.push(inCell ? ' ' : '\n')
}

/**
 * The text of a Lexical editor state, for meta descriptions and search: one line per
 * block, whitespace at line ends trimmed, empty lines dropped. Uploads contribute nothing.
 * Never throws; '' for anything that is not an editor state.
 */
export function plainText(state: unknown): string {
  const root = editorRoot(state)
  if (!root) return ''
  const out: string[] = []
  collect(root, 0, createNodeBudget(), out, false)
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
