type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A relation's target id, whether stored as the id or populated as the document. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isNode(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return String(value.id)
  return null
}

/** The `{ relationTo, value }` a node points at: upload and relationship nodes, internal links. */
function targetOf(node: Node): { relationTo: unknown; value: unknown } | null {
  if (node.type === 'upload' || node.type === 'relationship') return { relationTo: node.relationTo, value: node.value }
  if ((node.type === 'link' || node.type === 'autolink') && isNode(node.fields) && node.fields.linkType === 'internal' && isNode(node.fields.doc)) {
    return { relationTo: node.fields.doc.relationTo, value: node.fields.doc.value }
  }
  return null
}

/**
 * R-REVIEW-BEFORE-PUBLISH: the ids of the documents of `collection` (the media collection) a
 * Lexical editor state shows or links to — upload nodes, relationship nodes and internal links —
 * at any depth, in order of appearance, each once. Malformed parts are skipped.
 */
export function documentIdsInRichText(state: unknown, collection: string): string[] {
  const ids = new Set<string>()
  const visit = (node: Node): void => {
    const target = targetOf(node)
    const id = target && target.relationTo === collection ? idOf(target.value) : null
    if (id !== null) ids.add(id)
    if (Array.isArray(node.children)) node.children.filter(isNode).forEach(visit)
  }
  if (isNode(state) && isNode(state.root)) visit(state.root)
  return [...ids]
}
