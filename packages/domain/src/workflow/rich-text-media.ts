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

/** A document a Lexical editor state points at. */
export interface RichTextReference {
  relationTo: string
  id: string
}

/**
 * The documents a Lexical editor state shows or links to — upload nodes, relationship nodes and
 * internal links — at any depth, in order of appearance, each once. Malformed parts are skipped.
 */
export function referencesInRichText(state: unknown): RichTextReference[] {
  const found = new Map<string, RichTextReference>()
  const visit = (node: Node): void => {
    const target = targetOf(node)
    const id = target && typeof target.relationTo === 'string' ? idOf(target.value) : null
    if (target && id !== null) found.set(`${String(target.relationTo)}:${id}`, { relationTo: String(target.relationTo), id })
    if (Array.isArray(node.children)) node.children.filter(isNode).forEach(visit)
  }
  if (isNode(state) && isNode(state.root)) visit(state.root)
  return [...found.values()]
}

/** R-REVIEW-BEFORE-PUBLISH: the ids of the documents of `collection` (the media collection) a rich text references. */
export function documentIdsInRichText(state: unknown, collection: string): string[] {
  return referencesInRichText(state)
    .filter((reference) => reference.relationTo === collection)
    .map((reference) => reference.id)
}
