import { extractCheckableContent, type FieldContent } from '@govsite/domain'
import type { Field, FieldAccess } from 'payload'

type Doc = Record<string, unknown>
type Visibility = false | ((doc: Doc) => boolean)

/**
 * Staff-only field: visitors never read it, so the pre-review checks skip it. The one way to
 * make a field staff-only, so access and checks cannot disagree.
 */
export const staffOnlyField: { access: { read: FieldAccess }; custom: { public: Visibility } } = {
  access: { read: ({ req }) => Boolean(req.user) },
  custom: { public: false },
}

/** A field the public sees only when `shown(doc)` holds (a visitor's text when they agreed to publication). */
export const publicWhen = (shown: (doc: Doc) => boolean): { custom: { public: Visibility } } => ({ custom: { public: shown } })

type Labelled = { label?: unknown; labels?: { singular?: unknown }; name?: string }

function zh(label: unknown): string | null {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && typeof (label as { zh?: unknown }).zh === 'string') return (label as { zh: string }).zh
  return null
}

const labelOf = (field: Labelled): string => zh(field.label) ?? field.name ?? ''
const rowLabelOf = (field: Labelled): string => zh(field.labels?.singular) ?? labelOf(field)

function isPublic(field: Field, doc: Doc): boolean {
  const visibility = (field.custom as { public?: Visibility } | undefined)?.public
  return typeof visibility === 'function' ? visibility(doc) : visibility !== false
}

const asObject = (value: unknown): Doc => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {})
const asRows = (value: unknown): Doc[] => (Array.isArray(value) ? value.map(asObject) : [])

/**
 * R-REVIEW-BEFORE-PUBLISH, R-NO-ADS: every text the public sees of a document, derived from its
 * collection's fields so that a field added later is checked too: text and textarea fields
 * (each value of a hasMany text), rich text, and those inside groups, rows, tabs, arrays and
 * blocks, each named by its Chinese label (问题 2 › 选项 1). Choices (select, radio) show fixed
 * labels and related documents are checked on their own, so they are not read here. A field
 * marked `staffOnlyField` or `publicWhen` is skipped when the public does not see it.
 */
export function publicFieldContents(fields: readonly Field[], doc: Doc, data: Doc = doc, path: readonly string[] = []): FieldContent[] {
  return fields.flatMap((field): FieldContent[] => {
    if (!isPublic(field, doc)) return []
    const named = 'name' in field ? field : null
    const value = named ? data[named.name] : undefined
    // An array row's only text is named by the row (选项 1, not 选项 1 › 选项).
    const here = (labelled: Labelled) => (path.at(-1)?.startsWith(`${labelOf(labelled)} `) ? [...path] : [...path, labelOf(labelled)])
    switch (field.type) {
      case 'text':
      case 'textarea': {
        const texts = (Array.isArray(value) ? value : [value]).filter((text): text is string => typeof text === 'string' && text.trim() !== '')
        return texts.length > 0 ? [{ field: here(field).join(' › '), texts, links: [], images: [] }] : []
      }
      case 'richText': {
        const content = extractCheckableContent(value)
        const empty = content.texts.length + content.links.length + content.images.length === 0
        return empty ? [] : [{ field: here(field).join(' › '), ...content }]
      }
      case 'group':
        return named ? publicFieldContents(field.fields, doc, asObject(value), here(field)) : publicFieldContents(field.fields, doc, data, path)
      case 'row':
      case 'collapsible':
        return publicFieldContents(field.fields, doc, data, path)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? publicFieldContents(tab.fields, doc, asObject(data[tab.name]), here(tab))
            : publicFieldContents(tab.fields, doc, data, path),
        )
      case 'array':
        return asRows(value).flatMap((row, index) => publicFieldContents(field.fields, doc, row, [...path, `${rowLabelOf(field)} ${index + 1}`]))
      case 'blocks':
        return asRows(value).flatMap((row, index) => {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          return block ? publicFieldContents(block.fields, doc, row, [...path, `${rowLabelOf(block)} ${index + 1}`]) : []
        })
      default:
        return []
    }
  })
}
