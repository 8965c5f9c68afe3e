'use client'

import type { ToolbarGroup } from '@payloadcms/richtext-lexical'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { FirstLineIndentPlugin, isFirstLineIndentActive, toggleFirstLineIndent } from './first-line-indent'
import { editTableCaption, isInTable, TableCaptionPlugin } from './table-caption'
import { WordPastePlugin } from './word-paste'

/** A toolbar icon named for screen readers (Payload's toolbar buttons show only their icon). */
const icon = (name: string, path: string) =>
  function ToolbarIcon() {
    return (
      <svg role="img" aria-label={name} width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.5">
        <title>{name}</title>
        <path d={path} />
      </svg>
    )
  }

/** 首行缩进: a first line starting further in than the lines below it. */
const FIRST_LINE_INDENT_ICON = 'M9 5h8M3 9h14M3 13h14M3 17h10M3 3.5l3 1.5-3 1.5z'
/** 表格标题: a title bar above a small grid. */
const TABLE_CAPTION_ICON = 'M6 3h8M3 7h14v10H3zM3 12h14M10 7v10'

const toolbarGroups: ToolbarGroup[] = [
  {
    type: 'buttons',
    key: 'govsite',
    order: 45,
    items: [
      {
        key: 'firstLineIndent',
        ChildComponent: icon('首行缩进', FIRST_LINE_INDENT_ICON),
        label: '首行缩进',
        isActive: ({ selection }) => isFirstLineIndentActive(selection),
        onSelect: ({ editor }) => toggleFirstLineIndent(editor),
      },
      {
        key: 'tableCaption',
        ChildComponent: icon('表格标题', TABLE_CAPTION_ICON),
        label: '表格标题',
        isEnabled: ({ selection }) => isInTable(selection),
        onSelect: ({ editor }) => editTableCaption(editor),
      },
    ],
  },
]

/** How a caption shows above its table inside the editor. */
function EditorStyles() {
  return <style>{'[data-govsite-caption]::before{content:attr(data-govsite-caption);display:block;font-weight:600;text-align:center;padding:4px 0}'}</style>
}

export const GovSiteEditorClient = createClientFeature({
  plugins: [
    { Component: FirstLineIndentPlugin, position: 'normal' },
    { Component: TableCaptionPlugin, position: 'normal' },
    { Component: WordPastePlugin, position: 'normal' },
    { Component: EditorStyles, position: 'normal' },
  ],
  toolbarFixed: { groups: toolbarGroups },
})
