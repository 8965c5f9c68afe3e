/** Fields the workflow engine keeps on each publishable document; never part of the content. */
export const WORKFLOW_FIELD_NAMES = [
  'reviewState',
  'author',
  'contributors',
  'approval',
  'reviewFindings',
  'scheduledPublishAt',
  'scheduledBy',
  'scheduleNote',
  'publishedAt',
] as const

/** Derived by the CMS from the content (which media it references), not content itself. */
export const DERIVED_FIELD_NAMES = ['mediaRefs'] as const

/** Fields that describe storage or the workflow, not the content a reviewer approves. */
export const NON_CONTENT_FIELDS: readonly string[] = [
  'id',
  '_id',
  '__v',
  'createdAt',
  'updatedAt',
  'deletedAt',
  '_status',
  ...WORKFLOW_FIELD_NAMES,
  ...DERIVED_FIELD_NAMES,
]

/**
 * What the public gets of one media document a content item references: its stored file
 * (SHA-256, name, type) and its public texts. `null` for a referenced document that is gone.
 */
export interface MediaFingerprint {
  id: string
  sha256: string | null
  filename: string | null
  mimeType: string | null
  alt: string | null
  caption: string | null
}

/** Under this key, which cannot be a field name (MongoDB refuses `$` names), media join the content. */
const MEDIA_KEY = '$media'

function canonicalValue(value: unknown): unknown {
  // Dates and database ids (e.g. MongoDB ObjectIds) serialise through their own toJSON.
  if (value && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalValue((value as { toJSON: () => unknown }).toJSON())
  }
  if (Array.isArray(value)) return value.map(canonicalValue)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, entry]) => [key, canonicalValue(entry)]))
  }
  return value
}

/**
 * R-REVIEW-BEFORE-PUBLISH: the approval is bound to exactly this content and the files it
 * shows. A stable JSON text of the publishable fields (keys sorted, workflow fields left out,
 * `null` and missing treated alike) and of every media document they reference (by id), which
 * the CMS hashes; any change to the content, a referenced file, its alt text or caption changes
 * the text. Content without media reads as it did before media were bound.
 */
export function canonicalContent(doc: Readonly<Record<string, unknown>>, media: readonly MediaFingerprint[]): string {
  const content: Record<string, unknown> = Object.fromEntries(
    Object.entries(doc).filter(([key, value]) => !NON_CONTENT_FIELDS.includes(key) && value !== null && value !== undefined),
  )
  if (media.length > 0) {
    content[MEDIA_KEY] = [...new Map(media.map((item) => [item.id, item])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return JSON.stringify(canonicalValue(content))
}
