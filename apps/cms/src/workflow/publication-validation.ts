import { initI18n, type I18n } from '@payloadcms/translations'
import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  type ValidationFieldError,
} from 'payload'
import { deepCopyObjectSimple, flattenTopLevelFields } from 'payload/shared'

import { isEngineWrite } from '../shared/context-flags'
import { inChinese } from '../shared/validation-refusal'
import { workflowOptions, type PublishHookArgs } from './workflow-options'

type Doc = Record<string, unknown>

const chineseI18n = new WeakMap<SanitizedConfig, Promise<I18n>>()

/** Payload's messages in Chinese whatever language the acting user chose: the refusal is read in Chinese. */
async function inChineseLanguage<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const config = req.payload.config
  if (!chineseI18n.has(config)) chineseI18n.set(config, initI18n({ config: config.i18n, language: 'zh', context: 'api' }))
  const zh = await chineseI18n.get(config)!
  const { i18n, t } = req
  req.i18n = zh
  req.t = zh.t
  try {
    return await run()
  } finally {
    req.i18n = i18n
    req.t = t
  }
}

/**
 * Payload's own field validation of a document, exactly as `update` with `draft: false` runs it
 * before writing (the beforeValidate and beforeChange field passes: defaults, field hooks,
 * required fields, field validators, select options, relationship filters, rich-text nodes), on a
 * copy and writing nothing. `only` limits the validation to those top-level fields.
 *
 * Not an update rolled back: MongoDB without a replica set has no transaction to roll back, and
 * an update would run the collection's hooks (search index, site notification) for nothing.
 */
export async function validateAsPublished(req: PayloadRequest, collection: string, doc: Doc, only?: ReadonlySet<string>): Promise<void> {
  const config = req.payload.collections[collection as CollectionSlug].config
  const original = deepCopyObjectSimple(doc)
  const data = deepCopyObjectSimple(doc)
  const id = doc.id as string | undefined
  const common = {
    id,
    collection: config,
    context: req.context,
    fields: config.fields,
    global: null,
    operation: 'update' as const,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
  }
  const errors: ValidationFieldError[] = []
  await inChineseLanguage(req, async () => {
    await beforeValidateTraverseFields({ ...common, data, doc: original, siblingData: data, siblingDoc: original })
    await beforeChangeTraverseFields({
      ...common,
      data,
      doc: original,
      docWithLocales: original,
      errors,
      fieldLabelPath: '',
      mergeLocaleActions: [],
      siblingData: data,
      siblingDoc: original,
      siblingDocWithLocales: original,
      skipValidation: false,
      submittedTopLevelFieldNames: only ? new Set(only) : undefined,
    })
  })
  if (errors.length > 0) throw new ValidationError({ id, collection, errors }, req.t)
}

/**
 * Whether this version may go live: Payload's validation as at publication, then the
 * collection's own rules (R-NOTICE-30D). Run at submit, so a reviewer never sees content that
 * cannot be published, and again at approval and publication.
 */
export async function assertPublishable(args: PublishHookArgs): Promise<void> {
  await validateAsPublished(args.req, args.collection, args.doc)
  await workflowOptions(args.req.payload, args.collection)?.checkPublishable?.(args)
}

const containsRichText = (field: Field): boolean =>
  field.type === 'richText' || ('fields' in field && Array.isArray(field.fields) && field.fields.some(containsRichText))

const richTextFieldsOf = new WeakMap<SanitizedCollectionConfig, ReadonlySet<string>>()

function richTextFields(collection: SanitizedCollectionConfig): ReadonlySet<string> {
  let names = richTextFieldsOf.get(collection)
  if (!names) {
    const topLevel = flattenTopLevelFields(collection.fields) as Field[]
    names = new Set(topLevel.filter(containsRichText).map((field) => ('name' in field ? field.name : '')))
    richTextFieldsOf.set(collection, names)
  }
  return names
}

/**
 * Drafts skip Payload's validation; their rich text does not. Links with forbidden schemes and
 * nodes the editor does not know are refused on every save, not only at publication.
 */
export const validateRichTextOnSave: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context, collection }) => {
  if (isEngineWrite(context)) return data
  const fields = richTextFields(collection)
  if (fields.size === 0) return data
  try {
    await validateAsPublished(req, collection.slug, { ...originalDoc, ...data }, fields)
  } catch (error) {
    throw error instanceof ValidationError ? inChinese(error, req.payload) : error
  }
  return data
}
