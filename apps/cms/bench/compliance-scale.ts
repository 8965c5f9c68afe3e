/**
 * Compliance benchmark (`npm run bench -- compliance`, bench/): on the empty database named by
 * DATABASE_URL, create `<sites>` online sites with a column tree each and the column summaries of
 * `<documents>` published documents per site (the summaries only: an evaluation never reads the
 * documents); then, in a fresh process as a CMS would be, time full evaluations of every site —
 * building each site's input from the summaries and evaluating every rule — and its peak memory.
 * Usage: tsx bench/compliance-scale.ts seed <sites> <documents per site>, then
 * tsx bench/compliance-scale.ts evaluate; each prints JSON on a line starting `bench summary: `.
 */
import { COLUMN_KINDS, columnCollection, type ColumnKind } from '@govsite/domain'
import { commitTransaction, createLocalReq, getPayload, initTransaction, type Payload, type PayloadRequest } from 'payload'

import { evaluateNow } from '../src/compliance/run-inspection'
import config from '../src/payload.config'

const SUMMARY_PREFIX = 'bench summary: '
const RUNS = 5
const DAY = 24 * 60 * 60_000
/** Sub-columns under these kinds, so the roll-up walks trees. */
const WITH_CHILDREN: readonly ColumnKind[] = ['news', 'special', 'services', 'other']

async function createSite(payload: Payload, req: PayloadRequest, index: number, documents: number, now: Date): Promise<void> {
  const code = String(index).padStart(4, '0')
  const site = await payload.create({
    collection: 'sites',
    data: {
      name: `示例县${code}人民政府`,
      slug: `bench${code}`,
      kind: 'county-portal',
      englishDomain: `www.bench${code}.gov.cn`,
      status: 'online',
      siteCode: `610122${code}`,
      icpNumber: `陕ICP备0500${code}号`,
      securityRecordNumber: `陕公网安备 6101020200${code}号`,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const columns: { id: string; kind: ColumnKind }[] = []
  for (const kind of COLUMN_KINDS) {
    const parent = await payload.create({
      collection: 'columns',
      data: { site: site.id, name: `${kind}栏目`, slug: kind, kind },
      depth: 0,
      overrideAccess: true,
      req,
    })
    columns.push({ id: parent.id, kind })
    if (!WITH_CHILDREN.includes(kind)) continue
    for (const child of [1, 2]) {
      const sub = await payload.create({
        collection: 'columns',
        data: { site: site.id, parent: parent.id, name: `${kind}子栏目${child}`, slug: `${kind}-${child}`, kind },
        depth: 0,
        overrideAccess: true,
        req,
      })
      columns.push({ id: sub.id, kind })
    }
  }
  // The documents spread over the columns that hold content; a few columns stay empty or stale.
  const holding = columns.filter((_, position) => position % 7 !== 3)
  for (const [position, column] of holding.entries()) {
    const count = Math.floor(documents / holding.length) + (position < documents % holding.length ? 1 : 0)
    const daysAgo = (index * 7 + position * 13) % 400
    await payload.create({
      collection: 'column-content-summaries',
      data: {
        site: site.id,
        column: column.id,
        collection: columnCollection(column.kind),
        publishedCount: count,
        lastPublishedAt: new Date(now.getTime() - daysAgo * DAY).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

async function seed(payload: Payload, sites: number, documents: number, now: Date): Promise<Record<string, number>> {
  const seeding = performance.now()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  for (let index = 0; index < sites; index++) await createSite(payload, req, index, documents, now)
  await commitTransaction(req)
  const seedMs = performance.now() - seeding
  const columns = (await payload.count({ collection: 'columns' })).totalDocs
  const summaries = await payload.find({ collection: 'column-content-summaries', pagination: false, depth: 0, select: { publishedCount: true } })
  const publishedDocuments = summaries.docs.reduce((sum, row) => sum + row.publishedCount, 0)
  return { sites, columns, summaries: summaries.docs.length, publishedDocuments, seedMs }
}

async function evaluate(payload: Payload, now: Date): Promise<Record<string, unknown>> {
  const baselineRssMB = process.memoryUsage().rss / 1e6
  let peakRss = process.memoryUsage().rss
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const runsMs: number[] = []
  let totals: Record<string, number> = {}
  let evaluated = 0
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    const evaluation = await evaluateNow(payload, now)
    runsMs.push(performance.now() - started)
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    evaluated = evaluation.sites.length
    totals = evaluation.totals
  }
  clearInterval(sample)
  return { runsMs, evaluated, totals, baselineRssMB, peakRssMB: peakRss / 1e6 }
}

async function main(): Promise<void> {
  const [mode, sitesArg, documentsArg] = process.argv.slice(2)
  const sites = Number(sitesArg)
  const documents = Number(documentsArg)
  if (mode !== 'evaluate' && (mode !== 'seed' || !Number.isInteger(sites) || sites < 1 || !Number.isInteger(documents) || documents < 1)) {
    throw new Error('usage: compliance-scale.ts seed <sites> <documents per site> | evaluate')
  }
  delete process.env.SITE_WEBHOOK_SECRET
  const payload = await getPayload({ config })
  // The summaries' publish times are relative to the day they were made; the bench runs within it.
  const now = new Date()
  const summary = mode === 'seed' ? await seed(payload, sites, documents, now) : await evaluate(payload, now)
  process.stdout.write(`${SUMMARY_PREFIX}${JSON.stringify(summary)}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
