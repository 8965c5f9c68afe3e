/**
 * Benchmark data (`npm run bench`, bench/): seed the demo platform on the empty database named
 * by DATABASE_URL, then grow it to `<total>` published articles spread over every site's news
 * columns. Each article is drafted by its site's demo editor, approved by the reviewer and
 * published, through the same workflow engine as the seed (no raw SQL, no shortcuts).
 * Usage: tsx bench/scale-articles.ts <total>; prints the timings as JSON on a line starting `bench summary: `.
 */
import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction, type Payload } from 'payload'

import config from '../src/payload.config'
import type { User } from '../src/payload-types'
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts'
import { lexicalText } from '../src/seed/lexical-text'
import { publishThroughWorkflow, type SiteTeam } from '../src/seed/publish-as'
import { benchArticleText } from './bench-article-text'

/** Marks the timings line: the CMS's own log lines go to stdout too, before and after it. */
const SUMMARY_PREFIX = 'bench summary: '

/** Articles per transaction: SQLite commits (and syncs) once per batch instead of four times per article. */
const BATCH = Number(process.env.BENCH_BATCH ?? 50)

interface Target {
  site: string
  column: string
  team: SiteTeam
}

async function userByEmail(payload: Payload, email: string): Promise<User> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`demo account ${email} is missing: the database was not seeded`)
  return docs[0]
}

/** Every news column of every site with the editor and reviewer of its site, from the seeded accounts. */
async function newsColumns(payload: Payload): Promise<Target[]> {
  const users = await Promise.all(DEMO_ACCOUNTS.map((account) => userByEmail(payload, account.email)))
  const teamOf = (site: string): SiteTeam => {
    const holder = (role: string) =>
      users.find((user) => user.siteRoles?.some((entry) => String(typeof entry.site === 'object' ? entry.site.id : entry.site) === site && entry.role === role))
    const editor = holder('editor')
    const reviewer = holder('reviewer')
    if (!editor || !reviewer) throw new Error(`site ${site} has no demo editor and reviewer`)
    return { editor, reviewer }
  }
  const { docs } = await payload.find({ collection: 'columns', where: { kind: { equals: 'news' } }, depth: 0, limit: 100, sort: 'createdAt' })
  return docs.map((column) => {
    const site = String(typeof column.site === 'object' ? column.site.id : column.site)
    return { site, column: String(column.id), team: teamOf(site) }
  })
}

async function main(): Promise<void> {
  const total = Number(process.argv[2])
  if (!Number.isInteger(total) || total < 1) throw new Error('usage: scale-articles.ts <total articles>')
  // The public site does not run while the data is made; the CMS started afterwards announces its
  // start (cms-start) and the site reads everything afresh, so no notice per published article.
  delete process.env.SITE_WEBHOOK_SECRET
  const started = performance.now()
  const payload = await getPayload({ config })
  const seededMs = performance.now() - started

  const existing = (await payload.count({ collection: 'articles' })).totalDocs
  const targets = await newsColumns(payload)
  const creating = performance.now()
  for (let first = existing; first < total; first += BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (let index = first; index < Math.min(first + BATCH, total); index++) {
        const { site, column, team } = targets[index % targets.length]!
        const { paragraphs, ...text } = benchArticleText(index)
        await publishThroughWorkflow(req, team, 'articles', { ...text, site, column, slug: `bench-${index}`, body: lexicalText(...paragraphs) })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    const done = Math.min(first + BATCH, total)
    if (Math.floor(done / 1000) > Math.floor(first / 1000) || done === total) {
      const { rss, heapUsed } = process.memoryUsage()
      process.stderr.write(`bench data: ${done}/${total} articles (rss ${(rss / 1e6).toFixed(0)} MB, heap ${(heapUsed / 1e6).toFixed(0)} MB)\n`)
    }
  }
  const created = Math.max(0, total - existing)
  const createMs = performance.now() - creating
  const articles = (await payload.count({ collection: 'articles' })).totalDocs
  process.stdout.write(`${SUMMARY_PREFIX}${JSON.stringify({ seededMs, created, createMs, articles })}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
