import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** Missing, or holding nothing but empty directories. */
export async function isEmptyTree(directory: string): Promise<boolean> {
  let entries
  try {
    entries = await readdir(directory, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || !(await isEmptyTree(join(directory, entry.name)))) return false
  }
  return true
}

/** Whether a CMS (or anything HTTP) answers on this port of the loopback interface. */
export async function cmsAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) })
    await response.body?.cancel()
    return true
  } catch {
    return false
  }
}
