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
]

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
 * R-REVIEW-BEFORE-PUBLISH: the approval is bound to exactly this content. A stable JSON text
 * of the publishable fields (keys sorted, workflow fields left out, `null` and missing treated
 * alike) which the CMS hashes; any change to the content changes the text.
 */
export function canonicalContent(doc: Readonly<Record<string, unknown>>): string {
  const content = Object.fromEntries(
    Object.entries(doc).filter(
      ([key, value]) => !NON_CONTENT_FIELDS.includes(key) && value !== null && value !== undefined,
    ),
  )
  return JSON.stringify(canonicalValue(content))
}
