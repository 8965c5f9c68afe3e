import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const CATALOGUE = join(ROOT, 'docs/rules.md')
const RULE_ID = /\bR-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'dist-bench', '.next', '.turbo', 'test-results', 'migrations'])
const CODE_FILE = /\.(?:ts|tsx|mjs|js|txt)$/
const STATUSES = ['enforced', 'monitored', 'not yet'] as const
type Status = (typeof STATUSES)[number]

/** Every code and test file of the workspaces, as paths from the repository root. */
function codeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : codeFiles(path)
    return CODE_FILE.test(entry.name) ? [relative(ROOT, path)] : []
  })
}

/** The catalogue's rows: each rule id with the status its row states first. */
function catalogue(): Map<string, Status> {
  const rows = new Map<string, Status>()
  for (const line of readFileSync(CATALOGUE, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const id = cells[1]
    if (!id || !/^R-[A-Z0-9-]+$/.test(id)) continue
    const status = cells[3] ?? ''
    const stated = STATUSES.map((candidate) => ({ candidate, at: status.indexOf(candidate) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.candidate
    if (!stated) throw new Error(`docs/rules.md: ${id} has no status (${STATUSES.join(' / ')})`)
    rows.set(id, stated)
  }
  return rows
}

const files = ['apps', 'packages', 'e2e', 'bench', 'scripts'].flatMap((top) => codeFiles(join(ROOT, top)))
const citations = new Map<string, string[]>()
for (const file of files) {
  for (const id of new Set(readFileSync(join(ROOT, file), 'utf8').match(RULE_ID) ?? [])) citations.set(id, [...(citations.get(id) ?? []), file])
}
const isSource = (file: string) => /^(?:apps|packages)\/[^/]+\/src\//.test(file)

describe('the rule catalogue (docs/rules.md)', () => {
  const rules = catalogue()

  it('lists every rule id that code or tests cite', () => {
    const unlisted = [...citations.keys()].filter((id) => !rules.has(id)).map((id) => `${id} (${citations.get(id)!.join(', ')})`)
    expect(unlisted).toEqual([])
  })

  it('marks a rule enforced or monitored only where a source file cites it', () => {
    const uncited = [...rules]
      .filter(([id, status]) => status !== 'not yet' && !(citations.get(id) ?? []).some(isSource))
      .map(([id, status]) => `${id} (${status})`)
    expect(uncited).toEqual([])
  })

  it('names only paths that exist', () => {
    const named = [...readFileSync(CATALOGUE, 'utf8').matchAll(/`([^`\s]+\/[^`\s]*)`/g)].map((match) => match[1]!)
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })
})
