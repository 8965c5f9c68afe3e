/**
 * How long the compliance engine takes over a platform's summaries: 100 sites with 150 columns
 * each and their open items, as the CMS keeps them (`npm run bench -w @govsite/domain`). Not a
 * test: it prints the figures. The CMS benchmark measures the whole path including its reads.
 */
import {
  addDays,
  chinaDate,
  columnCollection,
  DEFAULT_COMPLIANCE_SETTINGS,
  evaluatePlatform,
  rollUpColumnContent,
  SERVICE_GUIDE_ELEMENTS,
  type ColumnContentTally,
  type ColumnKind,
  type ColumnSummary,
  type SiteComplianceInput,
} from '../src/index.js'

const SITES = 100
const COLUMNS_PER_SITE = 150
const RUNS = 50
const now = new Date('2026-12-07T04:00:00Z')
const today = chinaDate(now)

/** Deterministic pseudo-random numbers (a 32-bit LCG), so every run measures the same platform. */
let seed = 20261207
const random = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
  return seed / 2 ** 32
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const daysAgo = (max: number) => new Date(now.getTime() - Math.floor(random() * max) * 86_400_000 - Math.floor(random() * 86_400_000))

/** The first-level columns of a government site, and the kinds their sub-columns mostly have. */
const FIRST_LEVEL: readonly ColumnKind[] = [
  'overview',
  'functions',
  'news',
  'notices',
  'policy',
  'interpretation',
  'response',
  'services',
  'interaction',
  'special',
  'personnel',
  'plans',
  'other',
  'news',
  'special',
]
const SUB_COLUMN: readonly ColumnKind[] = ['news', 'news', 'other', 'special', 'notices', 'policy', 'services', 'personnel', 'plans', 'interpretation']
/** How far back a column's latest content lies, by kind (days). */
const AGE: Partial<Record<ColumnKind, number>> = { news: 12, notices: 150, policy: 150, personnel: 300, plans: 300 }

function makeSite(index: number): SiteComplianceInput {
  const structure = Array.from({ length: COLUMNS_PER_SITE }, (_, column) => ({
    id: `s${index}-c${column}`,
    // 15 first-level columns, the rest one or two levels below them.
    parentId: column < 15 ? null : `s${index}-c${column < 60 ? column % 15 : 15 + (column % 45)}`,
    kind: column < 15 ? FIRST_LEVEL[column]! : pick(SUB_COLUMN),
  }))
  const tallies: ColumnContentTally[] = structure.map((column) => ({
    columnId: column.id,
    collection: columnCollection(column.kind),
    publishedCount: random() < 0.01 ? 0 : 1 + Math.floor(random() * 120),
    lastPublishedAt: random() < 0.01 ? null : daysAgo(AGE[column.kind] ?? 150),
  }))
  const figures = rollUpColumnContent(structure, tallies)
  const columns: ColumnSummary[] = structure.map((column) => ({
    ...column,
    name: `栏目${column.id}`,
    published: random() > 0.02,
    intervalOverride: random() < 0.05 ? { count: 3, unit: 'months' } : null,
    exemptReason: random() < 0.03 ? '历史专题，已归档' : null,
    ...figures.get(column.id)!,
  }))
  return {
    site: { id: `s${index}`, name: `站点${index}`, kind: index === 0 ? 'city-portal' : 'department', status: 'online' },
    homepage: { layout: random() < 0.1 ? 'navigation' : 'content', lastPublishedAt: daysAgo(12) },
    columns,
    messages: Array.from({ length: 20 }, (_, message) => {
      const receivedAt = daysAgo(message < 19 ? 5 : 60)
      return {
        id: `s${index}-m${message}`,
        title: '咨询',
        category: pick(['consultation', 'complaint', 'suggestion'] as const),
        receivedAt,
        dueDate: addDays(chinaDate(receivedAt), 7),
      }
    }),
    availability: Array.from({ length: 8 }, (_, day) => ({ date: addDays(today, -day), checks: 288, failures: Math.floor(random() * 12) })),
    failedChecks: Array.from({ length: 20 }, () => ({ at: daysAgo(7), url: 'https://www.example.gov.cn/', reason: '超时（15 秒）' })),
    securityFindings: random() < 0.05 ? [{ id: `s${index}-f`, kind: 'dangerous-link', foundAt: daysAgo(2), detail: '危险链接' }] : [],
    channel: { checkedAt: daysAgo(1), formWorks: random() > 0.02, intakeWorks: true },
    errorReports: Array.from({ length: 5 }, (_, report) => ({ id: `s${index}-e${report}`, receivedAt: daysAgo(20) })),
    surveys: Array.from({ length: 2 }, (_, survey) => ({ id: `s${index}-v${survey}`, title: '调查', closesAt: daysAgo(30) })),
    serviceGuides: Array.from({ length: 40 }, (_, guide) => ({
      id: `s${index}-g${guide}`,
      title: '办事指南',
      columnId: `s${index}-c7`,
      elements: SERVICE_GUIDE_ELEMENTS.filter(() => random() > 0.002),
    })),
  }
}

const sites = Array.from({ length: SITES }, (_, index) => makeSite(index))
const timings: number[] = []
let result = evaluatePlatform(sites, now, DEFAULT_COMPLIANCE_SETTINGS)
for (let run = 0; run < RUNS; run++) {
  const started = performance.now()
  result = evaluatePlatform(sites, now, DEFAULT_COMPLIANCE_SETTINGS)
  timings.push(performance.now() - started)
}
timings.sort((a, b) => a - b)
const median = timings[Math.floor(RUNS / 2)]!
console.log(`evaluatePlatform: ${SITES} sites × ${COLUMNS_PER_SITE} columns, ${RUNS} runs after a warm-up`)
console.log(`  median ${median.toFixed(1)} ms, fastest ${timings[0]!.toFixed(1)} ms, slowest ${timings.at(-1)!.toFixed(1)} ms`)
console.log(`  statuses: ${JSON.stringify(result.totals)}`)
for (const [rule, counts] of Object.entries(result.byRule)) console.log(`  ${rule}: ${JSON.stringify(counts)}`)
