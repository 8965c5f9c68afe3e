import type { ContentForCheck } from './types.js'

type LexicalNode = Record<string, unknown>

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/**
 * R-REVIEW-BEFORE-PUBLISH: the texts, links and images of a Lexical editor state (Payload's
 * rich text), read from its JSON without Lexical. The inline text of one block is joined, so a
 * word split across formatting runs (赌<b>博</b>) or a link is still one word to the checks.
 * Upload nodes are images only when populated (`value` is the document); a bare id has no alt
 * to check. Unknown node types are searched through their `children`; malformed parts are skipped.
 */
export function extractCheckableContent(lexicalState: unknown, extraTexts: string[] = []): ContentForCheck {
  const content: ContentForCheck = {
    texts: extraTexts.filter((text) => typeof text === 'string' && text.trim() !== ''),
    links: [],
    images: [],
  }

  const visitBlock = (block: LexicalNode): void => {
    let run = ''
    const flush = (): void => {
      if (run.trim() !== '') content.texts.push(run)
      run = ''
    }
    const visit = (node: LexicalNode): void => {
      switch (node.type) {
        case 'text':
          run += stringOrNull(node.text) ?? ''
          return
        case 'linebreak':
          run += '\n'
          return
        case 'tab':
          run += '\t'
          return
        case 'link':
        case 'autolink': {
          const url = stringOrNull(isNode(node.fields) ? node.fields.url : undefined) ?? stringOrNull(node.url)
          if (url !== null) content.links.push(url)
          childrenOf(node).forEach(visit)
          return
        }
        case 'upload':
          if (isNode(node.value) && (typeof node.value.mimeType !== 'string' || node.value.mimeType.startsWith('image/'))) {
            content.images.push({ src: stringOrNull(node.value.url), alt: stringOrNull(node.value.alt) })
          }
          return
        default:
          // A nested block (list item, table cell, quote) ends the current run of inline text.
          flush()
          visitBlock(node)
      }
    }
    childrenOf(block).forEach(visit)
    flush()
  }

  if (isNode(lexicalState) && isNode(lexicalState.root)) visitBlock(lexicalState.root)
  return content
}
