import type { Article } from '../payload-types'

export type RichText = NonNullable<Article['body']>

const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }

/** A Lexical editor state of plain paragraphs, as the admin's editor would save typed text. */
export function lexicalText(...paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      ...block,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        ...block,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
