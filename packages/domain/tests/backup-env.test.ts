import { describe, expect, it } from 'vitest'

import { backupEnvSchema, parseEnv } from '../src/index.js'

describe('backup and restore environment (R-SEC-BACKUP)', () => {
  it('finds the data where npm start keeps it, with no variable set', () => {
    expect(parseEnv(backupEnvSchema, {})).toEqual({
      ok: true,
      value: {
        database: { kind: 'sqlite', url: 'file:./data/govsite.db', filePath: './data/govsite.db' },
        mediaDir: './data/media',
        secretsDir: './data',
        backupDir: './backups',
        cmsPort: 3000,
      },
    })
  })

  it('reads the same DATABASE_URL as the CMS, refusing what the CMS refuses', () => {
    const mongo = parseEnv(backupEnvSchema, { DATABASE_URL: 'mongodb://db1/govsite?replicaSet=rs0' })
    expect(mongo.ok && mongo.value.database).toEqual({ kind: 'mongodb', url: 'mongodb://db1/govsite?replicaSet=rs0' })
    const refused = parseEnv(backupEnvSchema, { DATABASE_URL: 'postgres://db/govsite' })
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.code)).toEqual(['config.database_url_scheme'])
  })
})
