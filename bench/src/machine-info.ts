import { execFileSync } from 'node:child_process'
import { cpus, release, totalmem, type } from 'node:os'

import type { MachineInfo } from './markdown.js'

function commitOf(repoRoot: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim()
    return dirty ? `${commit} (with uncommitted changes)` : commit
  } catch {
    return 'unknown (not a git checkout)'
  }
}

export function machineInfo(repoRoot: string, now = new Date()): MachineInfo {
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    date: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commitOf(repoRoot),
  }
}
