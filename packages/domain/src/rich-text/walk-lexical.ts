import { asNode, createNodeBudget, editorRoot, RICH_TEXT_LIMITS, takeNode, type LexicalNode, type NodeBudget } from './lexical-nodes.js'

export interface LexicalVisitor {
  /** Called before a node's children, with its depth (the root is 0); false skips them. */
  enter(node: LexicalNode, depth: number): boolean
  /** Called after a node's children (right after `enter` when they were skipped). */
  leave?(node: LexicalNode, depth: number): void
}

interface Frame {
  node: LexicalNode
  depth: number
  children: readonly unknown[]
  next: number
}

/** The next child entry of a frame to visit, charged to the budget when the walk is bounded. */
function nextChild(frame: Frame, budget: NodeBudget | null): { child: unknown } | null {
  if (frame.next >= frame.children.length || (budget && !takeNode(budget))) return null
  return { child: frame.children[frame.next++] }
}

/**
 * The one walk over a Lexical editor state: every node in document order from the root, entries
 * that are no objects skipped. `bounded` applies the public renderer's `RICH_TEXT_LIMITS` (what
 * the site would not show is not visited: children of a node at the deepest depth, every entry
 * after the node budget); unbounded walks see everything (the pre-review checks). The stack is
 * explicit, so a hostile document nested thousands deep cannot overflow the call stack.
 */
export function walkLexical(state: unknown, visitor: LexicalVisitor, options: { bounded: boolean }): void {
  const root = editorRoot(state)
  if (!root) return
  const budget = options.bounded ? createNodeBudget() : null
  const stack: Frame[] = []
  const open = (node: LexicalNode, depth: number): void => {
    const descend = visitor.enter(node, depth) && !(budget && depth >= RICH_TEXT_LIMITS.maxDepth)
    const children = descend && Array.isArray(node.children) ? (node.children as unknown[]) : []
    stack.push({ node, depth, children, next: 0 })
  }
  open(root, 0)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const next = nextChild(frame, budget)
    if (next === null) {
      stack.pop()
      visitor.leave?.(frame.node, frame.depth)
      continue
    }
    const child = asNode(next.child)
    if (child) open(child, frame.depth + 1)
  }
}
