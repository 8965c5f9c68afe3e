import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js)$/.test(entry.name) ? [path] : []
  })
}

/** The top-level folder of `src` a file belongs to; the files at the root are each their own unit. */
const unitOf = (file: string): string => {
  const [first, ...rest] = relative(SRC, file).split(sep)
  return rest.length > 0 ? first! : first!.replace(/\.(ts|tsx|js)$/, '')
}

interface Import {
  from: string
  to: string
}

/** Every import between files of `src` (type-only ones too: they are dependencies of the design). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g)].map((match) => match[1]!)
  return specifiers.flatMap((specifier) => {
    if (specifier === '@payload-config') return [{ from: file, to: join(SRC, 'payload.config.ts') }]
    if (!specifier.startsWith('.')) return []
    return [{ from: file, to: resolve(dirname(file), specifier) }]
  })
}

const imports = sourceFiles(SRC).flatMap(importsOf)

/** Folder → folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const { from, to } of imports) {
    const [a, b] = [unitOf(from), unitOf(to)]
    if (a === b) continue
    graph.set(a, (graph.get(a) ?? new Set()).add(b))
  }
  return graph
}

/** Strongly connected groups of more than one folder (Tarjan): each is a cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      for (let member = stack.pop(); member !== undefined; member = member === node ? undefined : stack.pop()) group.push(member)
      if (group.length > 1) found.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('the CMS source folders', () => {
  it('read the import graph (the test sees the imports it judges)', () => {
    expect(folderGraph().get('workflow')).toContain('shared')
    expect(folderGraph().get('payload.config')).toContain('workflow')
  })

  it('import each other without cycles', () => {
    expect(cycles(folderGraph())).toEqual([])
  })

  it('keep the kernel (shared/) free of every other folder', () => {
    expect([...(folderGraph().get('shared') ?? [])].filter((folder) => folder !== 'payload-types')).toEqual([])
  })

  it('keep the workflow engine’s commit and write plan private: outside workflow/engine only its index is imported', () => {
    const engine = join(SRC, 'workflow', 'engine')
    const reachingIn = imports
      .filter(({ from, to }) => !from.startsWith(engine + sep) && to.startsWith(engine + sep))
      .map(({ from, to }) => `${relative(SRC, from)} → ${relative(SRC, to)}`)
    expect(reachingIn).toEqual([])
  })
})
