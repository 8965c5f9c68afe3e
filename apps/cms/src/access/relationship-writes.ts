import { decideRelationshipTarget, referencesInRichText, type RelationshipScope, type RelationshipTarget, type RichTextReference } from '@govsite/domain'
import type { CollectionSlug, FieldHook, PayloadRequest, RichTextField } from 'payload'

import { idOf } from '../shared/relation-id'
import { isPlatformAdmin } from './roles'
import { Refusal } from '../shared/refusal'
import { labelOf, type ReferenceField } from './relationship-fields'

type Doc = Record<string, unknown>

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]).map(idOf).filter((id): id is string => id !== null)

/** The sites a document of `collection` belongs to: a site itself, or its top-level site fields (a message has two). */
function sitesOf(req: PayloadRequest, collection: string, doc: Doc): string[] {
  if (collection === 'sites') return [String(doc.id)]
  return req.payload.collections[collection as CollectionSlug].config.flattenedFields
    .filter((field) => field.type === 'relationship' && field.relationTo === 'sites')
    .map((field) => idOf(doc[field.name]))
    .filter((id): id is string => id !== null)
}

/** What the writer may know about each referenced document: readable with their own access, or merely existing. */
async function lookUpTargets(req: PayloadRequest, collection: string, ids: string[], needsExistence: boolean): Promise<Map<string, RelationshipTarget>> {
  const query = async (overrideAccess: boolean) =>
    (
      await req.payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess,
        req,
      })
    ).docs as unknown as Doc[]
  const readable = await query(false)
  const existing = needsExistence ? await query(true) : readable
  const readableIds = new Set(readable.map((doc) => String(doc.id)))
  return new Map(
    existing.map((doc) => [String(doc.id), { exists: true, readable: readableIds.has(String(doc.id)), sites: sitesOf(req, collection, doc) }] as const),
  )
}

/**
 * Site isolation for writes (R-ROLE-SEPARATE), as a `beforeValidate` hook on one relationship or
 * upload field: every document a client newly references must exist, be readable by the writer
 * and lie where the field's scope allows. References already stored are left alone (written
 * before this rule, they must not block an unrelated edit), unless the document moves to
 * another site. Trusted server code (`overrideAccess`) is not checked.
 *
 * `siteOf` gives the site of the document being written (null when it has none yet).
 */
export function guardReferences(
  field: ReferenceField,
  scope: RelationshipScope,
  siteOf: (data: Doc, original: Doc, req: PayloadRequest) => Promise<string | null>,
): FieldHook {
  return async ({ value, previousValue, data, originalDoc, operation, overrideAccess, req }) => {
    if (overrideAccess) return value
    const original = (originalDoc ?? {}) as Doc
    const documentSite = scope === 'same-site' ? await siteOf((data ?? {}) as Doc, original, req) : null
    const moved = scope === 'same-site' && documentSite !== idOf(original.site)
    // A new document (a duplicate too) is checked whole; bookkeeping a duplicate copies is reset by the workflow guard.
    const keepStored = scope === 'engine-only' || (operation !== 'create' && !moved)
    const stored = new Set(keepStored ? idsOf(previousValue) : [])
    const added = [...new Set(idsOf(value))].filter((id) => !stored.has(id))
    if (added.length === 0) return value
    const targets =
      scope === 'engine-only' ? new Map<string, RelationshipTarget>() : await lookUpTargets(req, String(field.relationTo), added, scope === 'platform-site')
    for (const id of added) {
      const decision = decideRelationshipTarget({
        scope,
        fieldLabel: labelOf(field),
        platformAdmin: isPlatformAdmin(req.user),
        documentSite,
        target: targets.get(id) ?? { exists: false, readable: false, sites: [] },
      })
      if (!decision.ok) throw new Refusal(decision.status, decision.code, decision.message)
    }
    return value
  }
}

/**
 * What a rich text points at (upload and relationship nodes, internal links) is a reference too
 * (R-ROLE-SEPARATE): each newly referenced document must be readable by the writer and lie on the
 * document's own site, exactly as for a same-site relationship field.
 */
export function guardRichTextReferences(field: RichTextField, siteOf: (data: Doc, original: Doc, req: PayloadRequest) => Promise<string | null>): FieldHook {
  return async (args) => {
    if (args.overrideAccess) return args.value
    const current = referencesInRichText(args.value)
    const previous = referencesInRichText(args.previousValue)
    const idsIn = (references: RichTextReference[], relationTo: string) =>
      references.filter((reference) => reference.relationTo === relationTo).map((reference) => reference.id)
    for (const relationTo of new Set(current.map((reference) => reference.relationTo))) {
      if (!(relationTo in args.req.payload.collections)) {
        throw new Refusal(400, 'relationship.target_unavailable', `“${labelOf(field)}”所选的内容不存在或您无权访问`)
      }
      const asRelationship = { name: field.name, label: field.label, type: 'relationship', relationTo, hasMany: true } as ReferenceField
      await guardReferences(asRelationship, 'same-site', siteOf)({ ...args, value: idsIn(current, relationTo), previousValue: idsIn(previous, relationTo) })
    }
    return args.value
  }
}
