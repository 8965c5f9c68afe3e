import { asNode, type LexicalNode } from '../rich-text/lexical-nodes.js'
import { walkLexical } from '../rich-text/walk-lexical.js'

/** A relation's target id, whether stored as the id or populated as the document. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  const node = asNode(value)
  if (node && (typeof node.id === 'string' || typeof node.id === 'number')) return String(node.id)
  return null
}

/** The `{ relationTo, value }` a node points at: upload and relationship nodes, internal links. */
function targetOf(node: LexicalNode): { relationTo: unknown; value: unknown } | null {
  if (node.type === 'upload' || node.type === 'relationship') return { relationTo: node.relationTo, value: node.value }
  const fields = asNode(node.fields)
  const doc = asNode(fields?.doc)
  if ((node.type === 'link' || node.type === 'autolink') && fields?.linkType === 'internal' && doc) return { relationTo: doc.relationTo, value: doc.value }
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
  walkLexical(
    state,
    {
      enter(node) {
        const target = targetOf(node)
        const id = target && typeof target.relationTo === 'string' ? idOf(target.value) : null
        if (target && id !== null) found.set(`${String(target.relationTo)}:${id}`, { relationTo: String(target.relationTo), id })
        return true
      },
    },
    { bounded: false },
  )
  return [...found.values()]
}

/** R-REVIEW-BEFORE-PUBLISH: the ids of the documents of `collection` (the media collection) a rich text references. */
export function documentIdsInRichText(state: unknown, collection: string): string[] {
  return referencesInRichText(state)
    .filter((reference) => reference.relationTo === collection)
    .map((reference) => reference.id)
}
