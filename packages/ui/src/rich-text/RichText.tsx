import type { ReactNode } from 'react'
import { createNodeBudget, editorRoot } from '@govsite/domain'
import type { ResolveInternalLink } from './render-link.js'
import { renderChildren } from './render-node.js'
import type { ResolveUploadUrl } from './render-upload.js'

export interface RichTextProps {
  /** A Payload Lexical SerializedEditorState (`{ root: { children: [...] } }`); anything else renders nothing. */
  state: unknown
  /** Optional: URL of an internal link's target document. Without it, internal links fall back to a stored `url` or render as text. */
  resolveInternalLink?: ResolveInternalLink
  /** Optional: where the page serves an upload node's file. Without it, the stored `url`. */
  resolveUploadUrl?: ResolveUploadUrl
}

/**
 * Rich text stored by Payload's Lexical editor, as React elements (server rendering first;
 * no effects, no client state). Safe for any input: see `safe-url.ts` and `limits.ts`.
 * Renders a fragment: the caller supplies the wrapping element (e.g. `<div class="rt">`).
 */
export function RichText({ state, resolveInternalLink, resolveUploadUrl }: RichTextProps): ReactNode {
  const root = editorRoot(state)
  if (!root) return null
  return <>{renderChildren(root, 0, { budget: createNodeBudget(), resolveInternalLink, resolveUploadUrl })}</>
}
