import type { ReactNode } from 'react'

/** A chart with its title, a one-line reading for everyone (and screen readers), and its figures as a table on request. */
export function ChartFrame(props: {
  id: string
  title: string
  summary: string
  children: ReactNode
  table: { columns: string[]; rows: (string | number)[][] }
}) {
  return (
    <figure className="gs-sv-chart" aria-labelledby={`${props.id}-title`} style={{ margin: 0 }}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p id={`${props.id}-summary`} className="gs-sv-muted">
        {props.summary}
      </p>
      {props.children}
      <details>
        <summary>查看数据表</summary>
        <div className="gs-sv-scroll">
          <table className="gs-sv-table" style={{ minWidth: 0 }}>
            <thead>
              <tr>
                {props.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex} data-label={props.table.columns[cellIndex]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}

export const CHART_COLORS = { pass: '#3c9a5a', warning: '#e0a100', fail: '#c0392b', axis: '#8a8a8a', grid: '#e2e2e2', text: '#555' } as const
