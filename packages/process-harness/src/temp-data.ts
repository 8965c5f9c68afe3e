import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A new empty directory under the OS temp directory, for one run's database and media. */
export async function tempDataDirectory(prefix = 'govsite-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** A fresh random secret (48 hex characters: above every secret's 32-character minimum). */
export function testSecret(): string {
  return randomBytes(24).toString('hex')
}
