import { tableCaption } from '../editor/editor-states.js'
import { asNode, readString, type LexicalNode } from '../rich-text/lexical-nodes.js'
import { walkLexical } from '../rich-text/walk-lexical.js'
import type { ContentForCheck } from './types.js'

/** Inline nodes: they continue the text of the block around them. Anything else is a block. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'upload'])

const isBlock = (node: LexicalNode, depth: number): boolean => depth === 0 || !INLINE_TYPES.has(readString(node, 'type') ?? '')

/**
 * R-REVIEW-BEFORE-PUBLISH: the texts, links and images of a Lexical editor state (Payload's
 * rich text), read from its JSON without Lexical. The inline text of one block is joined, so a
 * word split across formatting runs (赌<b>博</b>) or a link is still one word to the checks.
 * Upload nodes are images only when populated (`value` is the document); a bare id has no alt
 * to check. A table's cells are blocks like any other, and its caption (node state) one more
 * text. Unknown node types are searched through their `children`; malformed parts are
 * skipped. Unlike the public renderer, nothing is left out for depth or length.
 */
export function extractCheckableContent(lexicalState: unknown, extraTexts: string[] = []): ContentForCheck {
  const content: ContentForCheck = {
    texts: extraTexts.filter((text) => typeof text === 'string' && text.trim() !== ''),
    links: [],
    images: [],
  }
  // The inline text of each block being walked, innermost last.
  const runs: string[] = []
  const append = (text: string): void => {
    runs[runs.length - 1] += text
  }
  const flush = (): void => {
    const run = runs.at(-1)
    if (run === undefined) return
    if (run.trim() !== '') content.texts.push(run)
    runs[runs.length - 1] = ''
  }

  walkLexical(
    lexicalState,
    {
      enter(node, depth) {
        if (isBlock(node, depth)) {
          // A nested block (list item, table cell, quote) ends the current run of inline text.
          flush()
          runs.push('')
          const caption = node.type === 'table' ? tableCaption(node) : undefined
          if (caption) content.texts.push(caption)
          return true
        }
        switch (node.type) {
          case 'text':
            append(readString(node, 'text') ?? '')
            return false
          case 'linebreak':
            append('\n')
            return false
          case 'tab':
            append('\t')
            return false
          case 'upload': {
            const value = asNode(node.value)
            if (value && (typeof value.mimeType !== 'string' || value.mimeType.startsWith('image/'))) {
              content.images.push({ src: readString(value, 'url') ?? null, alt: readString(value, 'alt') ?? null })
            }
            return false
          }
          default: {
            // A link or an autolink: its text stays in the run.
            const url = readString(asNode(node.fields), 'url') ?? readString(node, 'url')
            if (url !== undefined) content.links.push(url)
            return true
          }
        }
      },
      leave(node, depth) {
        if (!isBlock(node, depth)) return
        flush()
        runs.pop()
      },
    },
    { bounded: false },
  )
  return content
}
