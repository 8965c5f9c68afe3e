/**
 * Defensive readers for Lexical's serialized JSON. Nothing here trusts the shape of the
 * input: every reader returns a safe default for missing or mistyped values.
 */
import type { NodeBudget } from './limits.js'
import { RICH_TEXT_LIMITS, takeNode } from './limits.js'

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

export function hasChildren(node: LexicalNode): boolean {
  return Array.isArray(node.children) && node.children.length > 0
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
