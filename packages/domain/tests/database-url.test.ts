import { describe, expect, it } from 'vitest'

import { databaseSupportsTransactions, parseDatabaseUrl, type DatabaseTarget } from '../src/index.js'

function target(url: string): DatabaseTarget {
  const parsed = parseDatabaseUrl(url)
  if ('error' in parsed) throw new Error(parsed.error.message)
  return parsed
}

const supports = (url: string) => databaseSupportsTransactions(target(url))

describe('databaseSupportsTransactions', () => {
  it('always on the embedded SQLite database', () => {
    expect(supports('file:./data/govsite.db')).toBe(true)
  })

  it('on a MongoDB replica set or an SRV cluster', () => {
    expect(supports('mongodb://db1,db2,db3/govsite?replicaSet=rs0')).toBe(true)
    expect(supports('mongodb://db1:27017/govsite?authSource=admin&replicaSet=rs0')).toBe(true)
    expect(supports('mongodb+srv://cluster.example.gov.cn/govsite')).toBe(true)
  })

  it('reads URI option names case-insensitively, as the MongoDB driver does', () => {
    expect(supports('mongodb://127.0.0.1:27017/govsite?replicaset=rs0')).toBe(true)
    expect(supports('mongodb://127.0.0.1:27017/govsite?REPLICASET=rs0')).toBe(true)
  })

  it('not on a standalone MongoDB server, which would reject them', () => {
    expect(supports('mongodb://127.0.0.1:27017/govsite')).toBe(false)
    expect(supports('mongodb://127.0.0.1:27017/govsite?authSource=admin')).toBe(false)
    expect(supports('mongodb://127.0.0.1:27017/govsite?replicaSet=')).toBe(false)
  })
})
