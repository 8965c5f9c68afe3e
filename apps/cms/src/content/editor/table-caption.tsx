'use client'

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isTableNode, TableNode } from '@lexical/table'
import { $findMatchingParent } from '@lexical/utils'
import { $getNodeByKey, $getSelection, $getState, $isRangeSelection, $setState, type BaseSelection, type LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import { tableCaptionState } from './editor-states'

/** The table the selection is in, if any. */
function selectedTable(selection: BaseSelection | null): TableNode | null {
  if (!$isRangeSelection(selection)) return null
  return $findMatchingParent(selection.anchor.getNode(), $isTableNode) as TableNode | null
}

export const isInTable = (selection: BaseSelection | null): boolean => selectedTable(selection) !== null

/** Asks for the caption of the table the cursor is in (an empty answer removes it). */
export function editTableCaption(editor: LexicalEditor): void {
  const current = editor.getEditorState().read(() => {
    const table = selectedTable($getSelection())
    return table ? $getState(table, tableCaptionState) : null
  })
  if (current === null) return
  const answer = window.prompt('表格标题（显示在表格上方，如“表1 主要经济指标”；留空则不显示）', current)
  if (answer === null) return
  editor.update(() => {
    const table = selectedTable($getSelection())
    if (table) $setState(table, tableCaptionState, answer.trim())
  })
}

/** Shows each table's caption above it in the editor (`data-govsite-caption`, styled by the feature's CSS). */
export function TableCaptionPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerMutationListener(TableNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = mutation === 'destroyed' ? null : $getNodeByKey(key)
            const element = editor.getElementByKey(key)
            if (!element || !$isTableNode(node)) continue
            const caption = $getState(node, tableCaptionState)
            if (caption) element.setAttribute('data-govsite-caption', caption)
            else element.removeAttribute('data-govsite-caption')
          }
        })
      }),
    [editor],
  )
  return null
}
