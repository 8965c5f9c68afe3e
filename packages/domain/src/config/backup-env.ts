import { z } from 'zod'

import { DEFAULT_CMS_PORT } from './cms-env.js'
import { databaseUrlField } from './database-url.js'
import { DEFAULT_MEDIA_DIR, DEFAULT_SECRETS_DIR, portField, textField } from './env-fields.js'

export const DEFAULT_BACKUP_DIR = './backups'

/**
 * `npm run backup` / `npm run restore` (R-SEC-BACKUP): the same variables as `npm start` name the
 * data (database, media, generated secrets), plus where snapshots go. Relative paths are taken
 * from the working directory, as the CMS takes them. `CMS_PORT` tells restore where a CMS using
 * this environment would answer.
 */
export const backupEnvSchema = z
  .object({
    DATABASE_URL: databaseUrlField,
    MEDIA_DIR: textField(DEFAULT_MEDIA_DIR),
    SECRETS_DIR: textField(DEFAULT_SECRETS_DIR),
    BACKUP_DIR: textField(DEFAULT_BACKUP_DIR),
    CMS_PORT: portField('CMS_PORT', DEFAULT_CMS_PORT),
  })
  .transform((env) => ({
    database: env.DATABASE_URL,
    mediaDir: env.MEDIA_DIR,
    secretsDir: env.SECRETS_DIR,
    backupDir: env.BACKUP_DIR,
    cmsPort: env.CMS_PORT,
  }))

export type BackupConfig = z.output<typeof backupEnvSchema>
