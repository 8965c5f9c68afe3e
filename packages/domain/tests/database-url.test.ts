import { describe, expect, it } from 'vitest'

import { mongoUrlSupportsTransactions } from '../src/index.js'

describe('mongoUrlSupportsTransactions', () => {
  it('uses transactions on a replica set or an SRV cluster', () => {
    expect(mongoUrlSupportsTransactions('mongodb://db1,db2,db3/govsite?replicaSet=rs0')).toBe(true)
    expect(mongoUrlSupportsTransactions('mongodb+srv://cluster.example.gov.cn/govsite')).toBe(true)
  })

  it('does not on a standalone server, which would reject them', () => {
    expect(mongoUrlSupportsTransactions('mongodb://127.0.0.1:27017/govsite')).toBe(false)
    expect(mongoUrlSupportsTransactions('mongodb://127.0.0.1:27017/govsite?authSource=admin')).toBe(false)
  })
})
