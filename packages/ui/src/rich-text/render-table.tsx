import type { ReactNode } from 'react'
import { type LexicalNode, readInteger, tableCaption } from '@govsite/domain'

/**
 * A table inside its own scrolling region (`rt-table-wrap`), so a wide statistics table scrolls
 * sideways within the article on a phone instead of widening the page; the region is focusable
 * and named after the caption so keyboard users can scroll it too.
 */
export function renderTable(node: LexicalNode, children: ReactNode[]): ReactNode {
  const caption = tableCaption(node)
  return (
    <div className="rt-table-wrap" role="region" tabIndex={0} aria-label={caption ?? '表格'}>
      <table className="rt-table">
        {caption ? <caption>{caption}</caption> : null}
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

export function renderTableRow(children: ReactNode[]): ReactNode {
  return <tr>{children}</tr>
}

/** A span of 2..max, or nothing (1, missing, garbage). */
function span(value: number | undefined, max: number): number | undefined {
  return value !== undefined && value > 1 ? Math.min(value, max) : undefined
}

/**
 * Lexical's `headerState` bits: 1 = the cell is in a header row (a column header),
 * 2 = in a header column (a row header). Header cells become `th` with a scope.
 */
export function renderTableCell(node: LexicalNode, children: ReactNode[]): ReactNode {
  const headerState = readInteger(node, 'headerState') ?? 0
  const colSpan = span(readInteger(node, 'colSpan'), 1000)
  const rowSpan = span(readInteger(node, 'rowSpan'), 65534)
  if (headerState & 1)
    return (
      <th scope="col" colSpan={colSpan} rowSpan={rowSpan}>
        {children}
      </th>
    )
  if (headerState & 2)
    return (
      <th scope="row" colSpan={colSpan} rowSpan={rowSpan}>
        {children}
      </th>
    )
  return (
    <td colSpan={colSpan} rowSpan={rowSpan}>
      {children}
    </td>
  )
}
