import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { backupEnvSchema, type BackupConfig } from '@govsite/domain'
import { loadConfigOrExit } from '@govsite/node-kit'

import { describeFailure } from './backup-error.js'

/** The repository this package is installed in (packages/backup/dist → root). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Run a backup or restore command: the environment checked as `npm start` checks it, progress on stdout, one line and exit 1 on failure. */
export function runCommand(task: '备份' | '恢复', command: (config: BackupConfig, log: (line: string) => void) => Promise<void>): void {
  const config = loadConfigOrExit(`GovSite ${task}`, backupEnvSchema, process.env)
  const log = (line: string) => process.stdout.write(`[${task}] ${line}\n`)
  command(config, log).catch((error: unknown) => {
    process.stderr.write(`${describeFailure(task, error)}\n`)
    process.exit(1)
  })
}
