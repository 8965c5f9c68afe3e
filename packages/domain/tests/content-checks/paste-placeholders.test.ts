import { describe, expect, it } from 'vitest'

import { cleanPastedHtml } from '../../src/editor/index.js'
import { runPreReviewChecks } from '../../src/index.js'

const plainText = (html: string) => html.replace(/<[^>]+>/g, '')

describe('paste placeholders (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('blocks the submission while a picture Word kept on disk is only a placeholder', () => {
    const pasted = cleanPastedHtml('<p>附图如下：<img src="file:///C:/Users/a/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"></p>')
    expect(pasted.manualImages).toEqual(['clip_image002.png'])
    const findings = runPreReviewChecks({ texts: [plainText(pasted.html)], links: [], images: [] }, {})
    expect(findings).toEqual([
      expect.objectContaining({ code: 'check.paste_image_placeholder', severity: 'blocking', excerpt: '【图片“clip_image002.png”需手动上传】' }),
    ])
    expect(findings[0]!.message).toContain('clip_image002.png')
  })

  it('says nothing once the placeholder is gone, and reports each one left', () => {
    expect(runPreReviewChecks({ texts: ['附图已上传。'], links: [], images: [] }, {})).toEqual([])
    const two = runPreReviewChecks({ texts: ['【图片“a.png”需手动上传】与【图片“b.png”需手动上传】'], links: [], images: [] }, {})
    expect(two.map((finding) => finding.excerpt)).toEqual(['【图片“a.png”需手动上传】', '【图片“b.png”需手动上传】'])
  })
})
