import type { Field, FlattenedField, JoinField, RelationshipField, UploadField } from 'payload'

export type ReferenceField = RelationshipField | UploadField

/** A field's Chinese label, for refusals that name it. */
export function labelOf(field: { label?: unknown; name?: string }): string {
  const label = field.label as { zh?: string } | string | undefined
  return (typeof label === 'object' ? label?.zh : label) ?? field.name ?? ''
}

const isReference = (field: Field): field is ReferenceField => field.type === 'relationship' || field.type === 'upload'

/**
 * Rebuild a field tree with `visit` applied to every field `matches` picks, at any depth: arrays,
 * rows, collapsibles, groups, tabs and blocks.
 */
export function mapFieldsWhere<F extends Field>(fields: Field[], matches: (field: Field) => field is F, visit: (field: F) => F): Field[] {
  return fields.map((field): Field => {
    if (matches(field)) return visit(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFieldsWhere(tab.fields, matches, visit) })) }
    if (field.type === 'blocks') {
      return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: mapFieldsWhere(block.fields, matches, visit) })) }
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: mapFieldsWhere(field.fields, matches, visit) } as Field
    return field
  })
}

/** Every relationship and upload field, at any depth. */
export const mapReferenceFields = (fields: Field[], visit: (field: ReferenceField) => ReferenceField): Field[] => mapFieldsWhere(fields, isReference, visit)

/** Where a query path leaves its collection: through a relationship/upload, or through a join. */
export type Crossing =
  | { kind: 'reference'; field: ReferenceField & FlattenedField; prefix: string; rest: string | null }
  | { kind: 'join'; field: JoinField & FlattenedField; rest: string | null }

const subFieldsOf = (field: FlattenedField): FlattenedField[] | null => {
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return field.flattenedFields
  if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields))
  return null
}

/**
 * The first relationship, upload or join a dotted path goes through (`sourceMessage.phone`,
 * `approval.by.email`, `interpretations.title`), or null when it stays in the collection.
 * `rel` and `rel.id` name the reference itself and do not cross. Unknown paths are left to
 * Payload's own validation.
 */
export function findCrossing(fields: FlattenedField[], path: string): Crossing | null {
  const segments = path.split('.')
  let current = fields
  for (let index = 0; index < segments.length; index += 1) {
    const field = current.find((candidate) => candidate.name === segments[index])
    if (!field) return null
    const rest = segments.slice(index + 1)
    if (field.type === 'join') return { kind: 'join', field, rest: rest.length > 0 ? rest.join('.') : null }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return null
      return { kind: 'reference', field, prefix: segments.slice(0, index + 1).join('.'), rest: rest.join('.') }
    }
    const sub = subFieldsOf(field)
    if (!sub) return null
    current = sub
  }
  return null
}

/** The field a path names, looking through groups, arrays, tabs and blocks (not relationships). */
export function fieldAtPath(fields: FlattenedField[], path: string): FlattenedField | null {
  let current = fields
  let found: FlattenedField | null = null
  for (const segment of path.split('.')) {
    found = current.find((candidate) => candidate.name === segment) ?? null
    if (!found) return null
    current = subFieldsOf(found) ?? []
  }
  return found
}
