import { type OutElement, element } from './paste-tree.js'

/**
 * Whether a Word/WPS list marker (`1.`, `（一）`, `二、`, `a)`, `①`) numbers its item; bullets
 * (`·`, `•`, `§`, Word's `o` and Symbol-font glyphs) do not.
 */
export function isOrderedMarker(marker: string): boolean {
  const text = marker.replace(/[\s\u00a0\u3000]/g, '')
  return (
    /^[(（]?(\d+|[一二三四五六七八九十百]+|[a-zA-Z]{1,3})[.．、)）]$/.test(text) ||
    /^[(（](\d+|[一二三四五六七八九十百]+|[a-zA-Z]{1,3})[)）]$/.test(text) ||
    /^(\d+|[①-⑳])$/.test(text)
  )
}

export interface WordListItem {
  level: number
  marker: string
  content: OutElement['children']
}

/**
 * Word writes a list as consecutive paragraphs marked `mso-list:lN levelM` with the marker as
 * text; the editor needs `ol`/`ul` with nested lists. A deeper item opens a list inside the
 * previous item; a shallower one returns to its level. Each list is ordered when its first
 * marker numbers.
 */
export function buildWordLists(items: readonly WordListItem[]): OutElement[] {
  const roots: OutElement[] = []
  const stack: { level: number; list: OutElement }[] = []
  for (const item of items) {
    while (stack.length > 0 && stack.at(-1)!.level > item.level) stack.pop()
    const top = stack.at(-1)
    if (!top || top.level < item.level) {
      const list = element(isOrderedMarker(item.marker) ? 'ol' : 'ul', [])
      if (top) {
        const parent = top.list.children.at(-1) as OutElement | undefined
        if (parent) parent.children.push(list)
        else top.list.children.push(element('li', [list]))
      } else roots.push(list)
      stack.push({ level: item.level, list })
    }
    stack.at(-1)!.list.children.push(element('li', item.content))
  }
  return roots
}
