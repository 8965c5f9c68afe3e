'use client'

import { $insertGeneratedNodes } from '@lexical/clipboard'
import { $generateNodesFromDOM } from '@lexical/html'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isTableNode } from '@lexical/table'
import { cleanPastedHtml } from '@govsite/domain/editor'
import { toast } from '@payloadcms/ui'
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setState,
  COMMAND_PRIORITY_HIGH,
  type LexicalEditor,
  type LexicalNode,
  PASTE_COMMAND,
} from 'lexical'
import { useEffect } from 'react'
import { firstLineIndentState, tableCaptionState } from './editor-states'

/**
 * Lexical nodes for the cleaned HTML, one top-level block at a time, so that the marks the
 * cleaner leaves for Lexical's importers to miss (首行缩进, a table's caption) land on the
 * nodes made from that block.
 */
function $nodesFromCleanHtml(editor: LexicalEditor, html: string): LexicalNode[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const nodes: LexicalNode[] = []
  for (const block of Array.from(body.childNodes)) {
    const single = document.implementation.createHTMLDocument('')
    const caption = block instanceof HTMLTableElement ? block.querySelector(':scope > caption') : null
    const captionText = caption?.textContent?.trim() ?? ''
    caption?.remove()
    single.body.append(single.importNode(block, true))
    const indent = block instanceof HTMLElement && block.hasAttribute('data-first-line-indent')
    for (const node of $generateNodesFromDOM(editor, single)) {
      if (indent && $isParagraphNode(node)) $setState(node, firstLineIndentState, true)
      if (captionText && $isTableNode(node)) $setState(node, tableCaptionState, captionText)
      nodes.push(node)
    }
  }
  return nodes
}

/** What the editor must do after a paste the cleaner could not finish: images it cannot read. */
function reportImages(uploadable: number, manual: readonly string[]): void {
  if (uploadable > 0) toast.info(`粘贴内容中有 ${uploadable} 张图片，将上传到媒体库：请在弹出的窗口中为每张图片选择所属站点并填写替代文字。`)
  if (manual.length > 0) {
    toast.warning(`有 ${manual.length} 张图片浏览器无法从剪贴板读取（${manual.join('、')}），已在原位置标注“需手动上传”，请通过工具栏的“上传”逐一插入。`, {
      duration: 15000,
    })
  }
}

/**
 * Paste from Word, WPS or a web page: the clipboard's HTML goes through `cleanPastedHtml`
 * (`@govsite/domain/editor`) before Lexical reads it. Copies inside the editor (Lexical's own
 * clipboard format) and plain text take Lexical's usual way.
 */
export function WordPastePlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null
          const html = data?.getData('text/html') ?? ''
          if (!data || html === '' || data.types.includes('application/x-lexical-editor')) return false
          event.preventDefault()
          const cleaned = cleanPastedHtml(html)
          editor.update(() => {
            const selection = $getSelection()
            if ($isRangeSelection(selection)) $insertGeneratedNodes(editor, $nodesFromCleanHtml(editor, cleaned.html), selection)
          })
          reportImages(cleaned.uploadableImages, cleaned.manualImages)
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}
