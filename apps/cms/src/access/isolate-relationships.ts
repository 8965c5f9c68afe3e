import type { CollectionConfig, Field, GlobalConfig, PayloadRequest, RichTextField } from 'payload'
import { getDefaultValue } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { idOf } from '../shared/relation-id'
import { mapFieldsWhere, mapReferenceFields, type ReferenceField } from './relationship-fields'
import { isolateQueries } from './relationship-queries'
import { scopeOf } from './relationship-scope'
import { guardReferences, guardRichTextReferences } from './relationship-writes'

type Doc = Record<string, unknown>
type SiteOf = (data: Doc, original: Doc, req: PayloadRequest) => Promise<string | null>

/** The document's own site: as sent, as stored, or the site field's default for a new document. */
function siteResolver(config: CollectionConfig): SiteOf | null {
  const siteField = flattenTopLevelFields(config.fields).find((field) => 'name' in field && field.name === 'site')
  if (!siteField) return null
  return async (data, original, req) => {
    if (data.site !== undefined) return idOf(data.site)
    if (original.site !== undefined) return idOf(original.site)
    if (!('defaultValue' in siteField) || siteField.defaultValue === undefined) return null
    return idOf(await getDefaultValue({ defaultValue: siteField.defaultValue, locale: req.locale ?? '', req, user: req.user ?? null }))
  }
}

const isRichText = (field: Field): field is RichTextField => field.type === 'richText'

function guardFields(owner: string, fields: CollectionConfig['fields'], siteOf: SiteOf | null) {
  const guarded = mapFieldsWhere(fields, isRichText, (field): RichTextField => {
    if (!siteOf) throw new Error(`${owner}.${field.name}: rich text can reference documents, which needs a top-level \`site\` field`)
    return { ...field, hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), guardRichTextReferences(field, siteOf)] } }
  })
  return mapReferenceFields(guarded, (field): ReferenceField => {
    const scope = scopeOf(field)
    if (!scope) throw new Error(`${owner}.${field.name}: every relationship and upload field declares its scope (custom: scoped(...))`)
    if (Array.isArray(field.relationTo)) throw new Error(`${owner}.${field.name}: polymorphic relationships are not covered by the site-isolation rules`)
    if (scope === 'same-site' && !siteOf) throw new Error(`${owner}.${field.name}: a same-site reference needs a top-level \`site\` field`)
    const guard = guardReferences(field, scope, siteOf ?? (async () => null))
    return { ...field, hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), guard] } } as ReferenceField
  })
}

/**
 * Site isolation applied to a collection from its config (payload.config.ts wraps every one):
 * each relationship/upload field, at any depth, checks what a client points it at against its
 * declared scope (and each rich-text field what its nodes point at, as same-site references), and every query's `where`, `sort`, `joins` and distinct field is kept within
 * the acting user's read access on every collection it crosses.
 */
export function isolateCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    fields: guardFields(config.slug, config.fields, siteResolver(config)),
    hooks: { ...config.hooks, beforeOperation: [isolateQueries, ...(config.hooks?.beforeOperation ?? [])] },
  }
}

/**
 * Globals hold no references: they belong to no site, and Payload runs no `beforeOperation`
 * hook for a global's version queries, so a path through a reference there could not be kept
 * within the user's read access.
 */
export function isolateGlobal(config: GlobalConfig): GlobalConfig {
  mapReferenceFields(config.fields, (field) => {
    throw new Error(`${config.slug}.${field.name}: globals cannot hold relationship or upload fields (site isolation)`)
  })
  return config
}
