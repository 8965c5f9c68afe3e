import { checkPublicFields } from '@govsite/domain'
import type { Field, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicFieldContents } from '../../src/workflow/public-fields'
import { bootPayload, type TestPayload } from './boot-payload'
import { lexical } from './interaction-fixture'

const SPAM = '澳门新葡京'

/** Where a field sits in a document: the names on the way, and whether each is an array. */
type Step = { name: string; rows: boolean }
interface Leaf {
  steps: Step[]
  field: Field & { name: string }
  hidden: boolean
}

/**
 * Every data field of a collection, at any depth, independently of the code under test: the
 * leaves are what a document stores; containers are walked whatever their type.
 */
function leaves(fields: readonly Field[], steps: Step[] = [], hidden = false): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    const marked = hidden || (field.custom as { public?: unknown } | undefined)?.public !== undefined
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    if ('blocks' in field) return field.blocks.flatMap((block) => leaves(block.fields, [...steps, { name: named!, rows: true }], marked))
    if ('tabs' in field)
      return field.tabs.flatMap((tab) => leaves(tab.fields, 'name' in tab && tab.name ? [...steps, { name: tab.name, rows: false }] : steps, marked))
    if ('fields' in field) return leaves(field.fields, named ? [...steps, { name: named, rows: field.type === 'array' }] : steps, marked)
    return named ? [{ steps, field: field as Field & { name: string }, hidden: marked }] : []
  })
}

const STRING_TYPES = new Set(['text', 'textarea', 'email', 'code', 'richText'])

function docWith(leaf: Leaf, value: unknown): Record<string, unknown> {
  const doc: Record<string, unknown> = {}
  let here = doc
  for (const step of leaf.steps) {
    const next: Record<string, unknown> = {}
    here[step.name] = step.rows ? [next] : next
    here = next
  }
  here[leaf.field.name] = value
  return doc
}

function spamValue(field: Field): unknown {
  if (field.type === 'richText') return lexical(SPAM)
  return 'hasMany' in field && field.hasMany ? [SPAM] : SPAM
}

const zhLabel = (field: Field) => {
  const label = 'label' in field ? field.label : undefined
  return typeof label === 'string' ? label : ((label as { zh?: string } | undefined)?.zh ?? (field as { name: string }).name)
}

describe('the pre-review checks read every public text field, derived from the Payload config (R-NO-ADS)', () => {
  let booted: TestPayload
  let publishable: SanitizedCollectionConfig[]

  beforeAll(async () => {
    booted = await bootPayload()
    publishable = booted.payload.config.collections.filter((collection) => collection.custom?.workflow)
  })

  afterAll(async () => booted?.cleanup())

  it('covers the publishable collections', () => {
    expect(publishable.map((collection) => collection.slug).sort()).toEqual([
      'articles',
      'faqs',
      'interpretations',
      'messages',
      'notices',
      'policy-documents',
      'surveys',
    ])
  })

  it('finds spam in each text field not marked as hidden from the public, named by its label', () => {
    const unchecked: string[] = []
    let tried = 0
    for (const collection of publishable) {
      for (const leaf of leaves(collection.fields).filter((candidate) => STRING_TYPES.has(candidate.field.type) && !candidate.hidden)) {
        tried += 1
        const findings = checkPublicFields(publicFieldContents(collection.fields, docWith(leaf, spamValue(leaf.field))), {})
        const named = findings.some((finding) => finding.severity === 'blocking' && finding.field?.includes(zhLabel(leaf.field)))
        if (!named) unchecked.push(`${collection.slug}.${[...leaf.steps.map((step) => step.name), leaf.field.name].join('.')}`)
      }
    }
    expect(unchecked).toEqual([])
    expect(tried).toBeGreaterThanOrEqual(30)
  })

  it('marks every field visitors cannot read as not public, so access and checks agree', () => {
    const unmarked: string[] = []
    for (const collection of publishable) {
      for (const leaf of leaves(collection.fields)) {
        const read = 'access' in leaf.field ? leaf.field.access?.read : undefined
        const anonymous = read ? read({ req: { user: null } } as never) : true
        if (anonymous === false && !leaf.hidden) unmarked.push(`${collection.slug}.${leaf.field.name}`)
      }
    }
    expect(unmarked).toEqual([])
  })

  it('reads a visitor’s own message text only when they agreed to a public answer; the reply always', () => {
    const messages = publishable.find((collection) => collection.slug === 'messages')!
    const doc = { subject: SPAM, content: SPAM, name: SPAM, trackingCode: 'ABCDEFGHJK', reply: lexical('您好，已转交相关部门办理。') }
    expect(publicFieldContents(messages.fields, { ...doc, publicAnswer: false }).map((content) => content.field)).toEqual(['答复内容'])
    expect(publicFieldContents(messages.fields, { ...doc, publicAnswer: true }).map((content) => content.field)).toEqual(['标题', '留言内容', '答复内容'])
  })
})
