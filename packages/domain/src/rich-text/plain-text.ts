import { nodeType, readString } from './lexical-nodes.js'
import { walkLexical } from './walk-lexical.js'

/** Node types after which a line ends. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'horizontalrule'])
/** Node types whose children are never looked at, as in the public site's renderer. */
const LEAF_TYPES = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'upload'])

/**
 * The text of a Lexical editor state, for meta descriptions and search: one line per
 * block, whitespace at line ends trimmed, empty lines dropped; inside a table cell, blocks are
 * separated by spaces so that a row stays one line. Uploads contribute nothing. Same limits as
 * the renderer. Never throws; '' for anything that is not an editor state.
 */
export function plainText(state: unknown): string {
  const out: string[] = []
  let cells = 0
  walkLexical(
    state,
    {
      enter(node) {
        const type = nodeType(node)
        const inCell = cells > 0
        // A block starts and ends a line (a list item's nested list must not run on from its text).
        if (BLOCK_TYPES.has(type)) out.push(inCell ? ' ' : '\n')
        if (type === 'text') out.push(readString(node, 'text') ?? '')
        else if (type === 'linebreak') out.push(inCell ? ' ' : '\n')
        else if (type === 'tab' || type === 'tablecell') out.push(' ')
        if (type === 'tablecell') cells += 1
        return !LEAF_TYPES.has(type)
      },
      leave(node) {
        const type = nodeType(node)
        if (type === 'tablecell') cells -= 1
        if (BLOCK_TYPES.has(type)) out.push(cells > 0 ? ' ' : '\n')
      },
    },
    { bounded: true },
  )
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
