import { columnCollection, type ColumnCollection, type ColumnKind } from '../columns/column-kinds.js'

/** One content item as far as supervision cares. */
export interface ContentItemFacts {
  columnId: string
  collection: ColumnCollection
  /** Live on the public site. */
  published: boolean
  /** The publish time the public page shows; null when it shows none. */
  publishedAt: Date | null
}

/** A column's own published content of one type: what the CMS keeps per column as content changes. */
export interface ColumnContentTally {
  columnId: string
  collection: ColumnCollection
  publishedCount: number
  /** Latest publish time among the published items that show one. */
  lastPublishedAt: Date | null
}

export interface ColumnStructure {
  id: string
  parentId: string | null
  kind: ColumnKind
}

export interface ColumnContentFigures {
  publishedCount: number
  lastPublishedAt: Date | null
}

const later = (a: Date | null, b: Date | null): Date | null => (a === null ? b : b === null || b.getTime() <= a.getTime() ? a : b)

/**
 * The tallies of raw items, per column and type — for a full rebuild or a check of the kept
 * tallies. Unpublished items count for nothing; published items without a visible publish time
 * count as content (the column is not empty) but not as an update.
 */
export function tallyColumnContent(items: readonly ContentItemFacts[]): ColumnContentTally[] {
  const tallies = new Map<string, ColumnContentTally>()
  for (const item of items) {
    if (!item.published) continue
    const key = `${item.collection}\u0000${item.columnId}`
    const tally = tallies.get(key) ?? { columnId: item.columnId, collection: item.collection, publishedCount: 0, lastPublishedAt: null }
    tally.publishedCount += 1
    tally.lastPublishedAt = later(tally.lastPublishedAt, item.publishedAt)
    tallies.set(key, tally)
  }
  return [...tallies.values()]
}

/**
 * What each column's page lists, as the public site builds it: the column's own content of the
 * type its kind holds and that of every sub-column below it (`columnCollection`); a 政策文件
 * column counts the policy documents of its sub-columns, not their articles. One pass over the
 * tree bottom-up, linear in columns and tallies; a parent cycle is cut where it is found.
 */
export function rollUpColumnContent(columns: readonly ColumnStructure[], tallies: readonly ColumnContentTally[]): Map<string, ColumnContentFigures> {
  const byId = new Map(columns.map((column) => [column.id, column]))
  const children = new Map<string, ColumnStructure[]>()
  for (const column of columns) {
    if (column.parentId === null || !byId.has(column.parentId)) continue
    const siblings = children.get(column.parentId)
    if (siblings) siblings.push(column)
    else children.set(column.parentId, [column])
  }
  const subtree = new Map<string, Map<ColumnCollection, ColumnContentFigures>>()
  for (const tally of tallies) {
    if (!byId.has(tally.columnId)) continue
    const own = subtree.get(tally.columnId) ?? new Map<ColumnCollection, ColumnContentFigures>()
    const known = own.get(tally.collection) ?? { publishedCount: 0, lastPublishedAt: null }
    own.set(tally.collection, {
      publishedCount: known.publishedCount + tally.publishedCount,
      lastPublishedAt: later(known.lastPublishedAt, tally.lastPublishedAt),
    })
    subtree.set(tally.columnId, own)
  }

  // Post-order without recursion: a column is added into its parent once all its sub-columns are in.
  const done = new Set<string>()
  const addInto = (parentId: string, childId: string) => {
    const child = subtree.get(childId)
    if (!child) return
    const parent = subtree.get(parentId) ?? new Map<ColumnCollection, ColumnContentFigures>()
    for (const [collection, figures] of child) {
      const known = parent.get(collection) ?? { publishedCount: 0, lastPublishedAt: null }
      parent.set(collection, {
        publishedCount: known.publishedCount + figures.publishedCount,
        lastPublishedAt: later(known.lastPublishedAt, figures.lastPublishedAt),
      })
    }
    subtree.set(parentId, parent)
  }
  for (const start of columns) {
    if (done.has(start.id)) continue
    const stack: { id: string; expanded: boolean }[] = [{ id: start.id, expanded: false }]
    const onPath = new Set<string>()
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      if (top.expanded) {
        stack.pop()
        onPath.delete(top.id)
        done.add(top.id)
        for (const child of children.get(top.id) ?? []) if (done.has(child.id) && !onPath.has(child.id)) addInto(top.id, child.id)
        continue
      }
      top.expanded = true
      onPath.add(top.id)
      for (const child of children.get(top.id) ?? []) if (!done.has(child.id) && !onPath.has(child.id)) stack.push({ id: child.id, expanded: false })
    }
  }

  const figures = new Map<string, ColumnContentFigures>()
  for (const column of columns) {
    figures.set(column.id, subtree.get(column.id)?.get(columnCollection(column.kind)) ?? { publishedCount: 0, lastPublishedAt: null })
  }
  return figures
}

/** What the public homepage lists (apps/site/src/routes/home-route.tsx): the news columns' articles and all notices, policy documents and interpretations. */
const HOMEPAGE_LISTS: readonly { collection: ColumnCollection; columnKinds?: readonly ColumnKind[] }[] = [
  { collection: 'articles', columnKinds: ['news'] },
  { collection: 'notices' },
  { collection: 'policy-documents' },
  { collection: 'interpretations' },
]

/** R-VETO-HOME: the latest visible publish time among what the homepage lists, from the columns' own tallies. */
export function homepageLastPublishedAt(columns: readonly ColumnStructure[], tallies: readonly ColumnContentTally[]): Date | null {
  const kinds = new Map(columns.map((column) => [column.id, column.kind]))
  let latest: Date | null = null
  for (const tally of tallies) {
    const kind = kinds.get(tally.columnId)
    if (kind === undefined) continue
    const listed = HOMEPAGE_LISTS.some((list) => list.collection === tally.collection && (!list.columnKinds || list.columnKinds.includes(kind)))
    if (listed) latest = later(latest, tally.lastPublishedAt)
  }
  return latest
}
