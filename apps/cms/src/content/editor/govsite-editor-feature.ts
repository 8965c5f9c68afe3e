import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * GovSite's additions to the editor: 首行缩进, 表格标题 and the Word/WPS paste cleaner
 * (`govsite-editor-client.tsx`). They add no node types: indent and caption are node state.
 */
export const GovSiteEditorFeature = createServerFeature({
  feature: { ClientFeature: '/content/editor/govsite-editor-client#GovSiteEditorClient' },
  key: 'govsite',
})
