import { asNode, readString, type LexicalNode } from '../rich-text/lexical-nodes.js'

/**
 * GovSite's own formats, stored by the admin's editor as Lexical node state (the `$` object of a
 * serialized node) and read by the public renderer. Keys and values are data, never CSS: the
 * renderer maps them to its own classes.
 */
export const EDITOR_STATES = {
  /** 首行缩进 on a paragraph: `true`, rendered as `text-indent: 2em`. */
  firstLineIndent: 'firstLineIndent',
  /** 表格标题 of a table: its text, rendered as the table's `caption`. */
  tableCaption: 'tableCaption',
} as const

/** Longest table caption kept (a caption is a line, not a paragraph). */
export const TABLE_CAPTION_MAX_LENGTH = 200

function nodeState(node: LexicalNode): LexicalNode | null {
  return asNode(node.$)
}

/** Whether a paragraph carries 首行缩进. */
export function hasFirstLineIndent(node: LexicalNode): boolean {
  return nodeState(node)?.[EDITOR_STATES.firstLineIndent] === true
}

/** A table's caption, trimmed and bounded; undefined when none. */
export function tableCaption(node: LexicalNode): string | undefined {
  const caption = readString(nodeState(node), EDITOR_STATES.tableCaption)?.trim()
  return caption ? caption.slice(0, TABLE_CAPTION_MAX_LENGTH) : undefined
}
