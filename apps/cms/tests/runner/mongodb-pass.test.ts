import { describe, expect, it } from 'vitest'

import config from '../../vitest.config'
import { needsTransactionsTag, NEEDS_TRANSACTIONS, skippedForTransactions, transactionsUnavailableReason } from '../needs-transactions.mjs'

const mongo = (url: string) => ({ GOVSITE_TEST_MONGODB_URL: url })

describe('tests that need transactions', () => {
  it('run on the SQLite suite: this run’s config does not skip the tag', () => {
    expect(process.env.GOVSITE_TEST_MONGODB_URL).toBeUndefined()
    expect(config.test?.tags).toContainEqual(expect.objectContaining({ name: NEEDS_TRANSACTIONS, skip: false }))
  })

  it('run on a MongoDB replica set or SRV cluster, decided like the adapter decides', () => {
    expect(transactionsUnavailableReason({})).toBeNull()
    expect(transactionsUnavailableReason(mongo('mongodb://db1,db2,db3/?replicaSet=rs0'))).toBeNull()
    expect(transactionsUnavailableReason(mongo('mongodb+srv://cluster.example.gov.cn/'))).toBeNull()
    expect(needsTransactionsTag(mongo('mongodb://127.0.0.1:27017/?replicaSet=rs0')).skip).toBe(false)
  })

  it('are skipped on a standalone MongoDB server, with the reason', () => {
    const standalone = mongo('mongodb://127.0.0.1:27017/')
    expect(needsTransactionsTag(standalone).skip).toBe(true)
    expect(transactionsUnavailableReason(standalone)).toContain('单机')
    expect(transactionsUnavailableReason(standalone)).toContain('replicaSet')
  })
})

describe('the MongoDB pass’s skip report', () => {
  const report = {
    testResults: [
      {
        name: '/repo/apps/cms/tests/int/site-webhook.test.ts',
        assertionResults: [
          { fullName: 'site webhook posts a signed publish notification', status: 'passed', tags: [] },
          { fullName: 'site webhook posts nothing for a publish that was rolled back', status: 'skipped', tags: [NEEDS_TRANSACTIONS] },
        ],
      },
      {
        name: '/repo/apps/cms/tests/int/content-model.test.ts',
        assertionResults: [
          { fullName: 'content model publishes nothing when one companion cannot go live', status: 'pending', tags: [NEEDS_TRANSACTIONS] },
          { fullName: 'content model requires the replacement', status: 'skipped', tags: [] },
          { fullName: 'content model tagged and run', status: 'passed', tags: [NEEDS_TRANSACTIONS] },
        ],
      },
    ],
  }

  it('names each tagged test that did not run, by file and full name, and nothing else', () => {
    expect(skippedForTransactions(report, '/repo/apps/cms')).toEqual([
      'tests/int/site-webhook.test.ts › site webhook posts nothing for a publish that was rolled back',
      'tests/int/content-model.test.ts › content model publishes nothing when one companion cannot go live',
    ])
  })
})
