import { EDITOR_STATES, TABLE_CAPTION_MAX_LENGTH } from '@govsite/domain/editor'
import { createState } from 'lexical'

/** 首行缩进 of a paragraph (stored as `$.firstLineIndent: true`; absent when off). */
export const firstLineIndentState = createState(EDITOR_STATES.firstLineIndent, { parse: (value) => value === true })

/** 表格标题 of a table (stored as `$.tableCaption`; absent when empty). */
export const tableCaptionState = createState(EDITOR_STATES.tableCaption, {
  parse: (value) => (typeof value === 'string' ? value.trim().slice(0, TABLE_CAPTION_MAX_LENGTH) : ''),
})
