import { describe, expect, it } from 'vitest'

import { benchmarksDocument, suiteSection, table, type MachineInfo } from '../src/markdown.js'

const machine: MachineInfo = { cpu: 'Test CPU', cores: 2, memory: '4.0 GiB', os: 'Linux 6', node: 'v20.0.0', date: '2026-01-01T00:00:00Z', commit: 'abc1234' }

const result = (value: string, pass: boolean) => ({
  title: `Suite ${value}`,
  markdown: `Body ${value}`,
  targets: [{ name: 'p99', target: '< 25 ms', actual: value, pass }],
})

describe('BENCHMARKS.md', () => {
  it('escapes pipes so a value cannot break a table', () => {
    expect(table(['a', 'b'], [['x|y', 1]])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 1 |')
  })

  it('writes machine info, the reproduce command and each suite with PASS/FAIL per target', () => {
    const fresh = new Map([
      ['site', suiteSection('site', result('30 ms', false), machine)],
      ['search', suiteSection('search', result('5 ms', true), machine)],
    ])
    const doc = benchmarksDocument({ machine, command: 'npm ci && npm run bench', suiteIds: ['site', 'search'], fresh, previous: '' })
    expect(doc).toContain('npm ci && npm run bench')
    expect(doc).toContain('| CPU | Test CPU × 2 |')
    expect(doc).toContain('| p99 | < 25 ms | 30 ms | FAIL |')
    expect(doc).toContain('| p99 | < 25 ms | 5 ms | PASS |')
    expect(doc).toContain('Targets met: 0 of 1')
    expect(doc.indexOf('## Suite 30 ms')).toBeLessThan(doc.indexOf('## Suite 5 ms'))
  })

  it('keeps the previous section of a suite this run skipped, and replaces the ones it ran', () => {
    const first = benchmarksDocument({
      machine,
      command: 'c',
      suiteIds: ['site', 'search'],
      fresh: new Map([
        ['site', suiteSection('site', result('old site', true), machine)],
        ['search', suiteSection('search', result('old search', true), machine)],
      ]),
      previous: '',
    })
    const second = benchmarksDocument({
      machine,
      command: 'c',
      suiteIds: ['site', 'search'],
      fresh: new Map([['site', suiteSection('site', result('new site', true), machine)]]),
      previous: first,
    })
    expect(second).toContain('new site')
    expect(second).not.toContain('old site')
    expect(second).toContain('old search')
  })
})
