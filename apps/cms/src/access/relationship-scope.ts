import { isRelationshipScope, type RelationshipScope } from '@govsite/domain'

const KEY = 'relationScope'

/** Declare what a relationship or upload field may point at: spread into the field's `custom`. */
export const scoped = (scope: RelationshipScope): { [KEY]: RelationshipScope } => ({ [KEY]: scope })

/** The scope a field declares, if any. */
export function scopeOf(field: { custom?: Record<string, unknown> }): RelationshipScope | undefined {
  const value = field.custom?.[KEY]
  return isRelationshipScope(value) ? value : undefined
}
