import type { ReactNode } from 'react'
import { Fragment } from 'react'
import { asNode, forEachChild, type LexicalNode, type NodeBudget, nodeType } from '@govsite/domain'
import { renderHeading, renderParagraph, renderQuote } from './render-block.js'
import type { ResolveInternalLink } from './render-link.js'
import { renderLink } from './render-link.js'
import { renderList, renderListItem } from './render-list.js'
import { renderTable, renderTableCell, renderTableRow } from './render-table.js'
import { renderText } from './render-text.js'
import { renderUpload, type ResolveUploadUrl } from './render-upload.js'

export interface RenderContext {
  budget: NodeBudget
  resolveInternalLink: ResolveInternalLink | undefined
  resolveUploadUrl: ResolveUploadUrl | undefined
}

/**
 * Renders the children of `node` (at `depth`), within the limits of `forEachChild`:
 * beyond the depth limit or once the node budget is spent, children are not rendered.
 */
export function renderChildren(node: LexicalNode, depth: number, context: RenderContext): ReactNode[] {
  const rendered: ReactNode[] = []
  forEachChild(node, depth, context.budget, (child, index) => {
    const element = renderNode(child, node, depth + 1, context)
    if (element !== null) rendered.push(<Fragment key={index}>{element}</Fragment>)
  })
  return rendered
}

/**
 * One node to React elements. Only the elements and attributes written here are ever
 * produced: nothing from the JSON (style, event handlers, other keys) is passed through.
 */
export function renderNode(value: unknown, parent: LexicalNode | null, depth: number, context: RenderContext): ReactNode {
  const node = asNode(value)
  if (!node) return null
  const type = nodeType(node)
  switch (type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return <br />
    case 'tab':
      return '\t'
    case 'horizontalrule':
      return <hr />
    case 'upload':
      return renderUpload(node, context.resolveUploadUrl)
  }
  const children = renderChildren(node, depth, context)
  switch (type) {
    case 'paragraph':
      return renderParagraph(node, children)
    case 'heading':
      return renderHeading(node, children)
    case 'quote':
      return renderQuote(node, children)
    case 'list':
      return renderList(node, children)
    case 'listitem':
      return renderListItem(node, children, parent)
    case 'link':
    case 'autolink':
      return renderLink(node, children, context.resolveInternalLink)
    case 'table':
      return renderTable(node, children)
    case 'tablerow':
      return renderTableRow(children)
    case 'tablecell':
      return renderTableCell(node, children)
    default:
      // Unknown node types (blocks, relationships, future features): their children, if any.
      return children.length > 0 ? <>{children}</> : null
  }
}
