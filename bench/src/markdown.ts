import type { SuiteResult, TargetCheck } from './suite.js'

/** A Markdown table; `|` in cells is escaped so values cannot break the layout. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => String(value).replaceAll('|', '\\|')
  return [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join(
    '\n',
  )
}

export function targetsTable(targets: readonly TargetCheck[]): string {
  return table(
    ['Target', 'Goal', 'Measured', 'Result'],
    targets.map((check) => [check.name, check.target, check.actual, check.pass ? 'PASS' : 'FAIL']),
  )
}

export interface MachineInfo {
  cpu: string
  cores: number
  memory: string
  os: string
  node: string
  date: string
  commit: string
}

const begin = (id: string) => `<!-- suite:${id} -->`
const end = (id: string) => `<!-- /suite:${id} -->`

/** One suite's section, between markers so a later run of other suites keeps it. */
export function suiteSection(id: string, result: SuiteResult, machine: MachineInfo): string {
  const met = result.targets.filter((check) => check.pass).length
  return [
    begin(id),
    `## ${result.title}`,
    '',
    `Run ${machine.date} on commit ${machine.commit}, ${machine.cpu} × ${machine.cores}, Node.js ${machine.node}. ` +
      `Targets met: ${met} of ${result.targets.length}.`,
    '',
    targetsTable(result.targets),
    '',
    result.markdown.trim(),
    end(id),
  ].join('\n')
}

/** The sections of an earlier BENCHMARKS.md, by suite id. */
export function previousSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>()
  for (const match of markdown.matchAll(/<!-- suite:([\w-]+) -->[\s\S]*?<!-- \/suite:\1 -->/g)) {
    sections.set(match[1] ?? '', match[0])
  }
  return sections
}

export interface BenchmarksDocument {
  machine: MachineInfo
  command: string
  /** Every registered suite id, in order. */
  suiteIds: readonly string[]
  /** Sections written by this run, by suite id. */
  fresh: ReadonlyMap<string, string>
  /** The current BENCHMARKS.md, whose sections are kept for suites this run skipped. */
  previous: string
}

/** BENCHMARKS.md: machine and reproduce command, then each suite's section (fresh, else the previous run's). */
export function benchmarksDocument({ machine, command, suiteIds, fresh, previous }: BenchmarksDocument): string {
  const kept = previousSections(previous)
  const sections = suiteIds.map((id) => fresh.get(id) ?? kept.get(id)).filter((section): section is string => Boolean(section))
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/`); do not edit by hand. Speed targets are checked here, not by timed tests.',
    '',
    'Reproduce on a fresh Debian/Ubuntu machine (as root, or with passwordless `sudo`, so nginx-light can be installed):',
    '',
    '```sh',
    command,
    '```',
    '',
    `Last run: ${machine.date}, commit ${machine.commit}.`,
    '',
    table(
      ['Machine', ''],
      [
        ['CPU', `${machine.cpu} × ${machine.cores}`],
        ['Memory', machine.memory],
        ['OS', machine.os],
        ['Node.js', machine.node],
      ],
    ),
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n')
}
