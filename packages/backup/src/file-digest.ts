import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'

export interface FileDigest {
  size: number
  sha256: string
}

export async function digestOf(file: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: hash.digest('hex') }
}

/**
 * Copy `source` to a new file `target` (never over an existing one), hashing the bytes as they
 * are written, and flush it to disk before answering.
 */
export async function copyWithDigest(source: string, target: string, mode = 0o600): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  const output = await open(target, 'wx', mode)
  try {
    for await (const chunk of createReadStream(source)) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
      await output.write(chunk as Buffer)
    }
    await output.sync()
  } finally {
    await output.close()
  }
  return { size, sha256: hash.digest('hex') }
}

/** Flush a file written by someone else (SQLite's VACUUM INTO does not), or a directory after a rename. */
export async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
