import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

import { freePort, startCms, startSite } from '@govsite/process-harness'

import { table } from '../markdown.js'
import type { Suite, SuiteContext, SuiteResult } from '../suite.js'
import { ARTICLES_PER_PROCESS, createBenchData, type BenchData } from './bench-data.js'
import { httpGet } from './http-get.js'
import { loadTest, type LoadResult } from './load-test.js'
import { copiedHeaders, ensureNginx, nginxVersion, startNginx } from './nginx.js'
import { peakRssMB } from './peak-rss.js'
import { measurePublishVisible } from './publish-visible.js'
import { PAGE_LABELS, PAGES, type PageName } from './pages.js'
import {
  formatMs,
  percentile,
  PUBLISH_LOAD_CONNECTIONS,
  ratioToNginx,
  siteTargetChecks,
  UNCACHED_TARGET_CONNECTIONS,
  type SiteMeasurements,
} from './site-targets.js'

/** `BENCH_ARTICLES` / `BENCH_SECONDS` shrink a trial run; the committed results use the defaults. */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARM_UP_SECONDS = 3
const CONNECTIONS = 50
/** Publishes and as many unpublishes measured under load (not shrunk for trial runs: percentiles need them). */
const PUBLISH_CYCLES = 20
/** The city portal, reached by its domain as visitors do. */
const HOST = 'www.example.gov.cn'
/** Both servers compress with gzip for this; nginx-light has no brotli, which browsers would get from the site. */
const ACCEPT_ENCODING = 'gzip'

interface Servers {
  cms: string
  site: string
  sitePid: number
}

/**
 * A fresh temp directory, removed afterwards; or `BENCH_DATA_DIR`, kept, so the next run reuses
 * its database (the article script only adds what is missing).
 */
async function benchDirectory(context: SuiteContext): Promise<string> {
  if (process.env.BENCH_DATA_DIR) {
    await mkdir(process.env.BENCH_DATA_DIR, { recursive: true })
    return process.env.BENCH_DATA_DIR
  }
  const directory = await mkdtemp(join(tmpdir(), 'govsite-bench-'))
  context.onCleanup(() => rm(directory, { recursive: true, force: true }))
  return directory
}

async function startGovSite(context: SuiteContext, directory: string): Promise<{ servers: Servers; data: BenchData }> {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const databaseFile = join(directory, 'govsite.db')
  const webhookSecret = randomBytes(32).toString('hex')
  const common = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' }
  const cmsEnv = {
    ...common,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: join(directory, 'media'),
    CMS_PORT: String(cmsPort),
    SITE_WEBHOOK_SECRET: webhookSecret,
    SITE_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/_hooks/invalidate`,
  }
  context.log(`creating ${ARTICLES} published articles through the workflow engine`)
  const data = await createBenchData(context, cmsEnv, databaseFile, ARTICLES)
  context.log(`${data.created} articles in ${data.createSeconds.toFixed(0)} s; starting the built CMS and site`)
  const onSpawn = (stop: () => Promise<void>) => context.onCleanup(stop)
  await startCms(cmsEnv, { onSpawn })
  const site = await startSite(
    { ...common, SITE_PORT: String(sitePort), CMS_URL: `http://127.0.0.1:${cmsPort}`, SITE_WEBHOOK_SECRET: webhookSecret },
    { onSpawn },
  )
  return { servers: { cms: `http://127.0.0.1:${cmsPort}`, site: `http://127.0.0.1:${sitePort}`, sitePid: site.pid }, data }
}

/** The portal's published article ids, newest first, read anonymously from the CMS's REST API. */
async function portalArticleIds(cms: string): Promise<string[]> {
  const sites = (await (await fetch(`${cms}/api/sites?where[slug][equals]=portal&depth=0&limit=1`)).json()) as { docs: { id: string }[] }
  const portal = sites.docs[0]?.id
  if (!portal) throw new Error('the CMS has no portal site')
  const response = await fetch(`${cms}/api/articles?where[site][equals]=${portal}&depth=0&pagination=false&sort=-publishedAt&select[title]=true`)
  const { docs } = (await response.json()) as { docs: { id: string }[] }
  return docs.map((doc) => doc.id)
}

/** Distinct URLs for every request, so each one misses the page cache and renders from the CMS. */
function missingPaths(paths: Record<PageName, string>, articleIds: readonly string[]): Record<PageName, (n: number) => string> {
  let round = 0
  return {
    home: (n) => `${paths.home}?nocache=${round++}-${n}`,
    column: (n) => `${paths.column}?nocache=${round++}-${n}`,
    article: () => {
      const next = round++
      const id = articleIds[next % articleIds.length]
      return next < articleIds.length ? `/articles/${id}` : `/articles/${id}?nocache=${next}`
    },
  }
}

async function measure(
  context: SuiteContext,
  label: string,
  origin: string,
  pathOf: (n: number) => string,
  countCache: boolean,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  const options = { origin, host: HOST, pathOf, connections, acceptEncoding: ACCEPT_ENCODING, countCacheHeader: countCache }
  await loadTest({ ...options, durationSeconds: WARM_UP_SECONDS })
  const result = await loadTest({ ...options, durationSeconds: SECONDS })
  context.log(
    `${label}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
  )
  return result
}

async function runSiteSuite(context: SuiteContext): Promise<SuiteResult> {
  const nginxBinary = ensureNginx(context.log)
  const directory = await benchDirectory(context)

  const { servers, data } = await startGovSite(context, directory)
  const articleIds = await portalArticleIds(servers.cms)
  const paths: Record<PageName, string> = { home: '/', column: '/columns/news', article: `/articles/${articleIds[0]}` }

  const pages = await Promise.all(PAGES.map(async (page) => ({ page, fetched: await httpGet(servers.site, HOST, paths[page]) })))
  for (const { page, fetched } of pages) {
    if (fetched.status !== 200) throw new Error(`${paths[page]} answered ${fetched.status}: ${fetched.body.toString().slice(0, 500)}`)
  }

  const cached = {} as Record<PageName, LoadResult>
  for (const page of PAGES) cached[page] = await measure(context, `site cached ${page}`, servers.site, () => paths[page], false)
  const uncached = {} as Record<PageName, LoadResult>
  const distinct = missingPaths(paths, articleIds)
  for (const page of PAGES) uncached[page] = await measure(context, `site uncached ${page}`, servers.site, distinct[page], true)
  const burst = UNCACHED_TARGET_CONNECTIONS
  const uncachedArticleBurst = {
    connections: burst,
    result: await measure(context, `site uncached article, ${burst} connections`, servers.site, distinct.article, true, burst),
  }
  context.log(`publish → visible: ${PUBLISH_CYCLES} publishes and unpublishes under ${PUBLISH_LOAD_CONNECTIONS} connections of cached pages`)
  const publishVisible = await measurePublishVisible(context, {
    cms: servers.cms,
    site: servers.site,
    host: HOST,
    paths,
    connections: PUBLISH_LOAD_CONNECTIONS,
    cycles: PUBLISH_CYCLES,
    acceptEncoding: ACCEPT_ENCODING,
  })
  for (const kind of ['publish', 'unpublish'] as const) {
    const perPage = PAGES.map((page) => `${page} ${formatMs(percentile(publishVisible.byPage[kind][page], 50))}`).join(', ')
    context.log(`${kind} → visible, p50 by page: ${perPage}`)
  }
  const peakRss = peakRssMB(servers.sitePid)

  const sizes = await Promise.all(PAGES.map((page) => httpGet(servers.site, HOST, paths[page], ACCEPT_ENCODING)))
  const nginxPort = await freePort()
  await startNginx(context, nginxBinary, {
    port: nginxPort,
    headers: copiedHeaders(pages[0]!.fetched.headers),
    pages: pages.map(({ page, fetched }) => ({ path: paths[page], html: fetched.body.toString() })),
  })
  const nginxOrigin = `http://127.0.0.1:${nginxPort}`
  const nginxSizes = await Promise.all(PAGES.map((page) => httpGet(nginxOrigin, HOST, paths[page], ACCEPT_ENCODING)))
  for (const [index, page] of PAGES.entries()) {
    const served = nginxSizes[index]!
    const html = served.headers.get('content-encoding') === 'gzip' ? gunzipSync(served.body) : served.body
    if (served.status !== 200 || !html.equals(pages[index]!.fetched.body)) {
      throw new Error(`nginx does not serve the site's ${paths[page]} (status ${served.status}): see its error.log`)
    }
  }
  const nginx = {} as Record<PageName, LoadResult>
  for (const page of PAGES) nginx[page] = await measure(context, `nginx ${page}`, nginxOrigin, () => paths[page], false)

  const measurements: SiteMeasurements = { connections: CONNECTIONS, cached, uncached, uncachedArticleBurst, nginx, publishVisible, peakRssMB: peakRss }
  const row = (page: PageName, mode: string, result: LoadResult, extra: string) => [
    PAGE_LABELS[page],
    mode,
    result.requestsPerSecond.toFixed(0),
    result.p50Ms,
    result.p99Ms,
    result.non2xx,
    result.errors + result.timeouts,
    extra,
  ]
  const timing = (label: string, times: readonly number[]) => [
    label,
    times.length,
    formatMs(percentile(times, 50)),
    formatMs(percentile(times, 95)),
    formatMs(Math.max(...times)),
  ]
  const cacheCounts = (result: LoadResult) =>
    Object.entries(result.cache)
      .map(([state, count]) => `${state} ${count}`)
      .join(', ')
  const markdown = [
    '### Data',
    '',
    table(
      ['', ''],
      [
        ['Published articles', data.articles],
        [
          data.reusedFrom ? `Created for the bench (by the run of ${data.reusedFrom}, database reused with BENCH_DATA_DIR)` : 'Created for the bench',
          `${data.created} in ${data.createSeconds.toFixed(0)} s (${(data.created / data.createSeconds).toFixed(1)} articles/s; each drafted, submitted, approved and published through the workflow engine, 50 per transaction, a new writing process every ${ARTICLES_PER_PROCESS} because its native memory grows about 2 MB per article)`,
        ],
        ['Demo seed (migrations + four sites)', `${data.seedSeconds.toFixed(1)} s`],
        ['SQLite database', `${data.databaseMiB.toFixed(0)} MiB`],
        ['Pages', `homepage \`${paths.home}\`, column \`${paths.column}\` (工作动态 with its sub-columns), article \`/articles/<id>\`, on Host ${HOST}`],
      ],
    ),
    '',
    '### Results',
    '',
    table(
      ['Page', 'Mode', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'Notes'],
      [
        ...PAGES.map((page) => row(page, 'site, cached', cached[page], `${ratioToNginx(measurements, page).toFixed(2)} × nginx`)),
        ...PAGES.map((page) => row(page, 'site, uncached', uncached[page], `x-cache: ${cacheCounts(uncached[page])}`)),
        row('article', `site, uncached, ${burst} connections`, uncachedArticleBurst.result, `x-cache: ${cacheCounts(uncachedArticleBurst.result)}`),
        ...PAGES.map((page) => row(page, 'nginx, static file', nginx[page], '')),
      ],
    ),
    '',
    `Site peak RSS (VmHWM of the site process after all site runs): ${peakRss.toFixed(0)} MB.`,
    '',
    '### Publish → visible under load',
    '',
    table(
      ['Change', 'Count', 'p50', 'p95', 'Slowest'],
      [
        timing('Publish → shown on the homepage, the column and its own page', publishVisible.publishMs),
        ...PAGES.map((page) => timing(`… on the ${PAGE_LABELS[page].toLowerCase()}`, publishVisible.byPage.publish[page])),
        timing('Unpublish → gone from all three (its own page 404)', publishVisible.unpublishMs),
        ...PAGES.map((page) => timing(`… from the ${PAGE_LABELS[page].toLowerCase()}`, publishVisible.byPage.unpublish[page])),
      ],
    ),
    '',
    `Load meanwhile (${publishVisible.connections} connections on the cached homepage, column and article): ${publishVisible.load.requestsPerSecond.toFixed(0)} req/s, p50 ${publishVisible.load.p50Ms} ms, p99 ${publishVisible.load.p99Ms} ms, non-2xx ${publishVisible.load.non2xx}, errors ${publishVisible.load.errors + publishVisible.load.timeouts}. Polls sent ≥ 1 s after a publish's answer that did not show it: ${publishVisible.latePolls}. Answers showing a withdrawn article to a request sent ≥ 1 s after its unpublish's answer: ${publishVisible.withdrawnServed} of ${publishVisible.checked} checked.`,
    '',
    table(
      ['Page', 'HTML bytes', 'Site gzip bytes', 'nginx gzip bytes'],
      PAGES.map((page, index) => [
        PAGE_LABELS[page],
        pages[index]!.fetched.body.length,
        `${sizes[index]!.body.length} (${sizes[index]!.headers.get('content-encoding') ?? 'identity'})`,
        `${nginxSizes[index]!.body.length} (${nginxSizes[index]!.headers.get('content-encoding') ?? 'identity'})`,
      ]),
    ),
    '',
    '### Method',
    '',
    `- autocannon ${CONNECTIONS} connections (uncached articles also ${burst}) over loopback for ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, every request with \`Accept-Encoding: ${ACCEPT_ENCODING}\` and \`Host: ${HOST}\`; the load generator runs on the same 2 cores as the servers.`,
    '- The built CMS (`apps/cms/dist`, SQLite in a temp directory) and the built site (`apps/site/dist`, default page cache) run as in production (`NODE_ENV=production`).',
    "- Cached: one URL per page, already in the site's page cache after the warm-up (answered with `x-cache: hit`).",
    '- Uncached: every request has a URL the page cache has not seen (distinct article ids, then a `nocache` query), so the site reads the content from the CMS over HTTP (the site and its columns come from its site directory, kept for the page-cache TTL), renders it and stores it; the `x-cache` counts show the misses.',
    `- The uncached-article target is checked at ${burst} connections: it is a miss's latency, and ${burst} misses at once is already far above a government site's miss rate. At ${CONNECTIONS} connections every client misses on every request, which measures the CMS's saturated throughput: its p99 is then mostly queueing (about ${CONNECTIONS} ÷ throughput), reported above but not a target.`,
    `- Publish → visible: while autocannon (${PUBLISH_LOAD_CONNECTIONS} connections, its own process) loads the cached homepage, column and article, the demo editor and reviewer create, submit, approve and publish a new article in the 工作动态 column through the CMS's REST workflow endpoint, then unpublish it, ${PUBLISH_CYCLES} times. One client per page (homepage, column, the test article's own page) polls back to back; each change is timed from the workflow endpoint's answer until a poll of every page sent after it showed the change, and polls go on for 2 s after each answer. Checked as promised: every poll sent ≥ 1 s after a publish's answer shows the article, and no poll — nor any load response carrying the ETag of a page a poll saw showing it — sent ≥ 1 s after an unpublish's answer shows it. The test articles are deleted afterwards.`,
    `- nginx: ${nginxVersion(nginxBinary)} (Debian nginx-light) serves the same rendered HTML, fetched from the site, as static files with the site's security and Cache-Control headers, \`worker_processes auto\`, sendfile, no access log, and \`gzip_static\` serving \`.gz\` files compressed at gzip level 6 — as the site serves cached pages (compressed once at level 6 when stored, and a render that is stored is answered in that stored form).`,
  ].join('\n')
  return { title: 'Public site (homepage, column, article) vs nginx', markdown, targets: siteTargetChecks(measurements) }
}

/** `npm run bench`'s public-site suite (GovSite issue 5, performance). */
export const siteSuite: Suite = { id: 'site', run: runSiteSuite }
