import type { ReactNode } from 'react'
import { type LexicalNode, readInteger } from '@govsite/domain'

export function renderTable(children: ReactNode[]): ReactNode {
  return (
    <table className="rt-table">
      <tbody>{children}</tbody>
    </table>
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
