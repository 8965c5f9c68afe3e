import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Manifest } from './manifest.js'

/** The CMS package's version and, in a git checkout, the commit: recorded so a restore says what wrote the snapshot. */
export function govsiteVersion(repoRoot: string): Manifest['govsite'] {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'apps/cms/package.json'), 'utf8')) as { version: string }
  let commit: string | null = null
  try {
    commit =
      execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || null
  } catch {
    // An installation from an archive has no git history; the version is enough.
  }
  return { version, commit }
}
