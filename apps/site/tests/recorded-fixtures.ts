import { readFileSync } from 'node:fs'

import type { Doc } from './fake-cms.js'

/**
 * What the seeded demo CMS answers the site's content client, recorded by the CMS's contract
 * test (apps/cms/tests/int/site-contract.test.ts; `npm run fixtures -w @govsite/cms` rewrites
 * the file). Never edited by hand: a case the seed lacks goes in hand-made-fixtures.ts.
 */
interface Recording {
  /** When the recording read the CMS; the seed's dates (publication, pins, 成文日期) are relative to it. */
  readAt: string
  answers: Record<string, Doc[]>
}

const RECORDING = JSON.parse(readFileSync(new URL('./recorded/seed-answers.json', import.meta.url), 'utf8')) as Recording
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

function shifted(value: unknown, by: number): unknown {
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? new Date(new Date(value).getTime() + by).toISOString() : value
  if (Array.isArray(value)) return value.map((item) => shifted(item, by))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shifted(item, by)]))
  return value
}

/** A fresh copy of the recorded answers as if read at `now`: every date moved by the time since the recording, so pins still hold. */
export function recordedCollections(now = new Date()): Record<string, Doc[]> {
  return shifted(RECORDING.answers, now.getTime() - new Date(RECORDING.readAt).getTime()) as Record<string, Doc[]>
}
