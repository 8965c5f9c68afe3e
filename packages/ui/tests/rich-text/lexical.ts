/** Builders for serialized Lexical nodes, shaped like what Payload 3 stores. */
type Node = Record<string, unknown>

const element = { direction: 'ltr', format: '', indent: 0, version: 1 }

export function state(...children: unknown[]): { root: Node } {
  return { root: { type: 'root', children, ...element } }
}

export function text(value: string, format = 0): Node {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraph(...children: unknown[]): Node {
  return { type: 'paragraph', children, ...element, textFormat: 0, textStyle: '' }
}

export function heading(tag: string, ...children: unknown[]): Node {
  return { type: 'heading', tag, children, ...element }
}

export function list(listType: 'bullet' | 'number' | 'check', ...children: unknown[]): Node {
  return { type: 'list', listType, tag: listType === 'number' ? 'ol' : 'ul', start: 1, children, ...element }
}

export function listItem(...children: unknown[]): Node {
  return { type: 'listitem', value: 1, children, ...element }
}

export function link(url: string, children: unknown[], options: { newTab?: boolean } = {}): Node {
  return {
    type: 'link',
    fields: { linkType: 'custom', newTab: options.newTab ?? false, url },
    children,
    ...element,
  }
}

export function upload(value: unknown): Node {
  return { type: 'upload', relationTo: 'media', value, fields: null, format: '', version: 3 }
}

export function tableCell(headerState: number, ...children: unknown[]): Node {
  return { type: 'tablecell', headerState, colSpan: 1, rowSpan: 1, backgroundColor: null, children, ...element }
}

export function tableRow(...cells: unknown[]): Node {
  return { type: 'tablerow', children: cells, ...element }
}

export function table(...rows: unknown[]): Node {
  return { type: 'table', children: rows, ...element }
}
