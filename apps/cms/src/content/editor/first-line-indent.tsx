'use client'

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import {
  $getNodeByKey,
  $getSelection,
  $getState,
  $isParagraphNode,
  $isRangeSelection,
  $setState,
  type BaseSelection,
  type LexicalEditor,
  ParagraphNode,
} from 'lexical'
import { useEffect } from 'react'
import { firstLineIndentState } from './editor-states'

/** The paragraphs a selection touches. */
function selectedParagraphs(selection: BaseSelection | null): ParagraphNode[] {
  if (!$isRangeSelection(selection)) return []
  const found = new Map<string, ParagraphNode>()
  for (const node of selection.getNodes()) {
    const paragraph = $isParagraphNode(node) ? node : $findMatchingParent(node, $isParagraphNode)
    if (paragraph) found.set(paragraph.getKey(), paragraph)
  }
  return [...found.values()]
}

export function isFirstLineIndentActive(selection: BaseSelection | null): boolean {
  const paragraphs = selectedParagraphs(selection)
  return paragraphs.length > 0 && paragraphs.every((paragraph) => $getState(paragraph, firstLineIndentState))
}

/** Turns 首行缩进 on for every selected paragraph, or off when all of them have it. */
export function toggleFirstLineIndent(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection()
    const next = !isFirstLineIndentActive(selection)
    for (const paragraph of selectedParagraphs(selection)) $setState(paragraph, firstLineIndentState, next)
  })
}

/** Shows 首行缩进 in the editor as the public site does (`text-indent: 2em`). */
export function FirstLineIndentPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerMutationListener(ParagraphNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = mutation === 'destroyed' ? null : $getNodeByKey(key)
            const element = editor.getElementByKey(key)
            if (element && $isParagraphNode(node)) element.style.textIndent = $getState(node, firstLineIndentState) ? '2em' : ''
          }
        })
      }),
    [editor],
  )
  return null
}
