import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ensureDatabaseDirectory, StartupError } from '../src/index.js'

describe('ensureDatabaseDirectory', () => {
  it('creates a missing data directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'govsite-data-'))
    const directory = await ensureDatabaseDirectory(join(root, 'nested', 'data', 'govsite.db'))
    expect((await stat(directory)).isDirectory()).toBe(true)
  })

  it('refuses a data directory that cannot be created', async () => {
    const root = await mkdtemp(join(tmpdir(), 'govsite-data-'))
    const blocker = join(root, 'not-a-directory')
    await writeFile(blocker, 'x')
    const failure = await ensureDatabaseDirectory(join(blocker, 'govsite.db')).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(StartupError)
    expect(failure).toMatchObject({ code: 'startup.data_dir_unusable' })
  })
})
