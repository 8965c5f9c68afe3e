import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

import { StartupError } from './startup-error.js'

/**
 * Make sure the embedded database's directory exists and is readable and writable, so that
 * a permissions problem is reported before the database adapter fails with a stack trace.
 */
export async function ensureDatabaseDirectory(databaseFile: string): Promise<string> {
  const directory = dirname(resolve(databaseFile))
  try {
    await mkdir(directory, { recursive: true })
    await access(directory, constants.R_OK | constants.W_OK | constants.X_OK)
  } catch (error) {
    throw new StartupError(
      'startup.data_dir_unusable',
      `数据目录 ${directory} 无法创建或不可读写（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}），请检查路径和权限`,
    )
  }
  try {
    await access(resolve(databaseFile), constants.R_OK | constants.W_OK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StartupError(
        'startup.data_file_unusable',
        `数据库文件 ${resolve(databaseFile)} 不可读写（${(error as NodeJS.ErrnoException).code}），请检查权限`,
      )
    }
  }
  return directory
}
