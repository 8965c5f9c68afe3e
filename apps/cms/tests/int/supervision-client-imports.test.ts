import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')
const ENTRIES = ['dashboard/components/supervision-pages.tsx', 'reports/components/notice-page.tsx'].map((file) => resolve(SRC, file))

/** Every project file the browser code of the supervision views loads, with its value imports of packages. */
function browserGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const visit = (file: string) => {
    if (graph.has(file)) return
    const text = readFileSync(file, 'utf8')
    const imports = [...text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].filter((match) => !match[1]).map((match) => match[2]!)
    graph.set(
      file,
      imports.filter((specifier) => !specifier.startsWith('.')),
    )
    for (const specifier of imports.filter((candidate) => candidate.startsWith('.'))) {
      const base = resolve(dirname(file), specifier)
      const target = ['.ts', '.tsx'].map((extension) => base + extension).find(existsSync)
      if (target) visit(target)
    }
  }
  ENTRIES.forEach(visit)
  return graph
}

describe('the supervision views’ browser code', () => {
  it('is read through its entry points (the test sees what it judges)', () => {
    const graph = browserGraph()
    expect([...graph.keys()].some((file) => file.endsWith('view-model/rule-evidence.ts'))).toBe(true)
    expect(graph.get(ENTRIES[0]!)).toContain('react')
  })

  it('takes from the domain only its light entry point, so zod and the word lists stay out of the admin’s bundle', () => {
    const offenders = [...browserGraph()].flatMap(([file, packages]) =>
      packages.filter((name) => name === '@govsite/domain' || name === 'payload' || name === 'zod').map((name) => `${file.slice(SRC.length + 1)} → ${name}`),
    )
    expect(offenders).toEqual([])
  })
})
