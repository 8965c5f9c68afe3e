import { describe, expect, it } from 'vitest'

import { SITE_KIND_LABELS, SITE_KINDS, SITE_STATUS_LABELS, SITE_STATUSES } from '../../src/index.js'

describe('site kinds and statuses', () => {
  it('labels every kind in Chinese', () => {
    expect(SITE_KINDS.map((kind) => SITE_KIND_LABELS[kind].zh)).toEqual(['市政府门户', '部门网站', '县区门户', '开发区'])
  })

  it('labels every status in Chinese', () => {
    expect(SITE_STATUSES.map((status) => SITE_STATUS_LABELS[status].zh)).toEqual(['筹建中', '已上线', '临时下线', '已关停'])
  })
})
