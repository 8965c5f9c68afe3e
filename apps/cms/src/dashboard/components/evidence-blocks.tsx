import type { EvidenceBlock } from '../view-model/rule-evidence'

export function EvidenceBlocks({ blocks }: { blocks: EvidenceBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'facts')
          return (
            <dl className="gs-sv-facts" key={index}>
              {block.items.map((item) => (
                <div key={item.label} style={{ display: 'contents' }}>
                  <dt>{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              ))}
            </dl>
          )
        if (block.type === 'list')
          return (
            <div key={index}>
              <strong>{block.caption}：</strong>
              {block.items.join('、')}
            </div>
          )
        return (
          <div className="gs-sv-scroll" key={index}>
            <table className="gs-sv-table" style={{ minWidth: 0, marginTop: 8 }}>
              <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{block.caption}</caption>
              <thead>
                <tr>
                  {block.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex} data-label={block.columns[cellIndex]} style={{ overflowWrap: 'anywhere' }}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      })}
    </>
  )
}
