import { describe, expect, it } from 'vitest'

import { isMandatoryPinKind, MANDATORY_PIN_KINDS, NOTICE_KIND_LABELS, NOTICE_KINDS } from '../../src/index.js'

describe('notice kinds (R-NOTICE-30D)', () => {
  it('labels every kind in Chinese', () => {
    expect(NOTICE_KINDS.map((kind) => NOTICE_KIND_LABELS[kind].zh)).toEqual(['开通公告', '临时下线公告', '关停迁移公告', '退出监管公告', '一般公告'])
  })

  it('requires pinning for opening, temporary-offline and closure/migration notices only', () => {
    expect([...MANDATORY_PIN_KINDS]).toEqual(['opening', 'temporary-offline', 'closure-migration'])
    expect(NOTICE_KINDS.filter(isMandatoryPinKind)).toEqual(['opening', 'temporary-offline', 'closure-migration'])
  })
})
