/**
 * Defensive readers for Lexical's serialized JSON (Payload's rich text), read without Lexical.
 * Content comes from the CMS database, so nothing here trusts the shape of the input: every
 * reader returns a safe default for missing or mistyped values.
 */

/** A serialized Lexical node as far as we know it: some object. */
export type LexicalNode = Readonly<Record<string, unknown>>

export function asNode(value: unknown): LexicalNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as LexicalNode) : null
}

export function readString(node: LexicalNode | null, key: string): string | undefined {
  const value = node?.[key]
  return typeof value === 'string' ? value : undefined
}

export function readInteger(node: LexicalNode | null, key: string): number | undefined {
  const value = node?.[key]
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

export function nodeType(node: LexicalNode): string {
  return readString(node, 'type') ?? ''
}

/** `{ root: { … } }` of a SerializedEditorState, or null when `state` has no root object. */
export function editorRoot(state: unknown): LexicalNode | null {
  return asNode(asNode(state)?.root)
}

/**
 * Bounds on how much of a stored editor state the public site renders, so a deeply nested or
 * very long document neither overflows the stack nor keeps a server busy.
 */
export const RICH_TEXT_LIMITS = {
  /** Deepest node rendered (root's children are depth 1). Children of a node at this depth are dropped. */
  maxDepth: 50,
  /** Most nodes visited per document, in document order. Everything after that is dropped. */
  maxNodes: 20_000,
} as const

/** Nodes still allowed in one traversal. One budget per `RichText` or `plainText` call. */
export interface NodeBudget {
  remaining: number
}

export function createNodeBudget(): NodeBudget {
  return { remaining: RICH_TEXT_LIMITS.maxNodes }
}

/** Charges one node to the budget; false once the budget is spent. */
export function takeNode(budget: NodeBudget): boolean {
  if (budget.remaining <= 0) return false
  budget.remaining -= 1
  return true
}

/**
 * Visits the children of a node at `depth`, in order, as long as the limits allow:
 * - a node at `RICH_TEXT_LIMITS.maxDepth` has its children dropped (not visited at all),
 *   so recursion never goes deeper than that, whatever the input;
 * - every child entry, valid or not, is charged to the node budget; once it is spent the
 *   remaining children (and everything after them) are dropped.
 */
export function forEachChild(node: LexicalNode, depth: number, budget: NodeBudget, visit: (child: unknown, index: number) => void): void {
  if (depth >= RICH_TEXT_LIMITS.maxDepth) return
  const children = node.children
  if (!Array.isArray(children)) return
  for (let index = 0; index < children.length; index++) {
    if (!takeNode(budget)) return
    visit(children[index], index)
  }
}
