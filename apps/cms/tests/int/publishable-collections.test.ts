import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'

import type { SystemTransition, TransitionInput } from '../../src/workflow/engine'
import { publishableCollections, publishableSlug, type PublishableSlug } from '../../src/workflow/workflow-options'
import { bootPayload, type TestPayload } from './boot-payload'

/** Every publishable collection once: a missing or an extra slug fails typecheck. */
const PUBLISHABLE: Record<PublishableSlug, true> = {
  articles: true,
  'policy-documents': true,
  interpretations: true,
  notices: true,
  messages: true,
  faqs: true,
  surveys: true,
}

describe('the collections under the review workflow', () => {
  let booted: TestPayload

  beforeAll(async () => {
    booted = await bootPayload()
  })

  afterAll(async () => booted?.cleanup())

  it('are typed by their slugs: a collection outside the workflow fails typecheck', () => {
    expectTypeOf<TransitionInput['collection']>().toEqualTypeOf<PublishableSlug>()
    expectTypeOf<'users'>().not.toExtend<PublishableSlug>()
    expectTypeOf<'audit-logs'>().not.toExtend<SystemTransition['collection']>()
    // @ts-expect-error users are not under the review workflow
    const wrong: SystemTransition = { kind: 'auto-unpin', collection: 'users', id: 'x', now: new Date() }
    expect(wrong.kind).toBe('auto-unpin')
  })

  it('are at run time exactly those the types name', () => {
    expect([...publishableCollections(booted.payload)].sort()).toEqual(Object.keys(PUBLISHABLE).sort())
  })

  it('refuse a client naming any other collection', () => {
    expect(publishableSlug(booted.payload, 'policy-documents')).toBe('policy-documents')
    const refusal = (() => {
      try {
        return publishableSlug(booted.payload, 'users')
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toMatchObject({ status: 404, data: { code: 'workflow.not_managed' }, message: '“users”不是需要审核发布的内容类型' })
  })
})
