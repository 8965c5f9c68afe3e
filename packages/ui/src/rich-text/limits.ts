/**
 * Bounds on how much of a stored editor state is rendered. Content comes from the CMS
 * database, so it is treated as untrusted: a deeply nested or very long document must
 * neither overflow the stack nor keep a server busy.
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
