import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, demoTokens } from './harness/demo-platform.js'
import { ContinuousPublisher, portalNews, uploadMedia, type DemoApi } from './harness/demo-writes.js'
import { newInstallation, runDataCommand, startGovSite, type Installation, type RunningGovSite } from './harness/installation.js'
import { dumpPlatform, type Doc, type PlatformDump } from './harness/platform-dump.js'
import { freePort } from '@govsite/process-harness'

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
const byCreation = (a: Doc, b: Doc) => String(a.createdAt).localeCompare(String(b.createdAt)) || a.id.localeCompare(b.id)
const withoutLatestFlag = ({ latest: _latest, ...version }: Doc) => version

/**
 * R-SEC-BACKUP: `npm run backup` while the demo platform (run by `npm start`'s launcher) keeps
 * uploading and publishing, `npm run restore` into an empty data directory, `npm start` again on
 * the restored data: everything comes back byte-identical, as of one moment during the writes.
 */
/**
 * Records the CMS keeps changing by itself while the platform runs: what it derives from the writes
 * under test (summaries kept with each publish, workflow notifications) and what its timed jobs store
 * (monitors, inspections, rectification orders). Only their rows changed since the writes began are
 * left out of the comparison.
 */
const DERIVED_FROM_WRITES = new Set([
  'column-content-summaries',
  'notifications',
  'notification-sends',
  'availability-days',
  'link-findings',
  'link-check-runs',
  'channel-checks',
  'inspection-snapshots',
  'rectification-orders',
])

describe('backup and restore of the running demo platform (R-SEC-BACKUP)', () => {
  let source: Installation
  let target: Installation
  let running: RunningGovSite | undefined
  let restored: RunningGovSite | undefined
  let api: DemoApi
  let publisher: ContinuousPublisher
  let snapshotDir: string
  /** The source platform after the writes stopped. */
  let final: PlatformDump
  let backupOutput = ''
  /** When the writes began: records the CMS derives from them (column summaries, notifications) change after it. */
  let writesBegan = ''

  beforeAll(async () => {
    source = await newInstallation()
    running = await startGovSite(source, { DEMO_PASSWORD })
    api = { cmsUrl: running.cmsUrl, tokens: await demoTokens(running.cmsUrl, ['editor', 'reviewer', 'admin']) }
    const portal = await portalNews(api)
    await uploadMedia(api, portal.site, 'image')
    await uploadMedia(api, portal.site, 'pdf')

    writesBegan = new Date().toISOString()
    publisher = new ContinuousPublisher(api, portal)
    await publisher.completedRounds(1)
    snapshotDir = join(source.root, 'backups', 'snapshot')
    const backup = await runDataCommand('backup', [snapshotDir], source.env)
    backupOutput = backup.stdout + backup.stderr
    expect(backup.code, backupOutput).toBe(0)
    // At least one whole round after the snapshot, so the platform demonstrably kept changing.
    await publisher.completedRounds(publisher.completed + 1)
    await publisher.stop()
    final = await dumpPlatform(api.cmsUrl, api.tokens.admin!)
    await running.stop()
    running = undefined

    target = await newInstallation()
    const restore = await runDataCommand('restore', [snapshotDir], { ...target.env, CMS_PORT: String(await freePort()) })
    expect(restore.code, restore.stdout + restore.stderr).toBe(0)
    restored = await startGovSite(target, { DEMO_PASSWORD })
    // Two platform starts, the writes, a backup and a restore: minutes on a busy machine.
  }, 900_000)

  afterAll(async () => {
    await publisher?.stop().catch(() => undefined)
    await Promise.all([running?.stop(), restored?.stop()])
    await Promise.all([source, target].map((installation) => installation && rm(installation.root, { recursive: true, force: true })))
  })

  it('snapshots with progress output and a manifest of every file, and keeps the secrets at mode 600', async () => {
    expect(backupOutput).toContain('数据库快照完成')
    expect(backupOutput).toContain('完成：')
    const manifest = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8')) as {
      files: { path: string; sha256: string }[]
      secrets: string[]
      database: { tables: Record<string, number>; migrations: string[] }
    }
    expect(manifest.secrets).toEqual(['PAYLOAD_SECRET', 'SITE_WEBHOOK_SECRET', 'SITE_SERVICE_SECRET'])
    expect(manifest.database.migrations.length).toBeGreaterThan(0)
    for (const file of manifest.files) expect(await sha256(join(snapshotDir, file.path)), file.path).toBe(file.sha256)
    for (const name of ['.payload-secret', '.site-webhook-secret', '.site-service-secret']) {
      expect((await stat(join(target.dataDir, name))).mode & 0o777, name).toBe(0o600)
      expect(await readFile(join(target.dataDir, name), 'utf8')).toBe(await readFile(join(source.dataDir, name), 'utf8'))
    }
  })

  it('starts with npm start on the restored data, keeping sessions valid (same PAYLOAD_SECRET), without seeding again', async () => {
    expect(restored!.output()).not.toContain('已创建演示数据')
    expect(restored!.output()).not.toContain('已生成')
    const me = await fetch(`${restored!.cmsUrl}/api/users/me`, { headers: { authorization: `JWT ${api.tokens.admin}` } })
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe('admin@example.gov.cn')
  })

  it('restores every document, version, audit entry, global and media file byte-identical, as of one moment during the writes', async () => {
    const now = await dumpPlatform(restored!.cmsUrl, api.tokens.admin!)
    const changed = new Set([...publisher.articles, ...publisher.media])
    const derived = (slug: string, doc: Doc) => DERIVED_FROM_WRITES.has(slug) && String(doc.updatedAt) >= writesBegan
    const untouched = (slug: string) => (doc: Doc) =>
      !changed.has(doc.id) && !changed.has(String(doc.parent)) && !changed.has(String(doc.documentId)) && !derived(slug, doc)
    // Payload's migration records are not served over REST; the restored CMS ran no migration (same schema level).
    expect(final.unserved).toEqual(['payload-migrations'])
    expect(Object.keys(now.latest)).toEqual(Object.keys(final.latest))
    expect(Object.keys(now.versions)).toEqual(Object.keys(final.versions))
    for (const slug of Object.keys(final.latest)) {
      expect(now.latest[slug]!.filter(untouched(slug)), `${slug} (latest)`).toEqual(final.latest[slug]!.filter(untouched(slug)))
      expect(now.current[slug]!.filter(untouched(slug)), `${slug}`).toEqual(final.current[slug]!.filter(untouched(slug)))
    }
    for (const slug of Object.keys(final.versions)) {
      expect(now.versions[slug]!.filter(untouched(slug)), `${slug} versions`).toEqual(final.versions[slug]!.filter(untouched(slug)))
    }
    expect(now.globals).toEqual(final.globals)
    expect(final.latest['audit-logs']!.length).toBeGreaterThan(50)

    // What was written during the backup: each restored article stands exactly where the source
    // stood at one point — its versions and audit entries a prefix of the source's, its state the
    // last audited one — and what was published before the snapshot is identical.
    const restoredArticles = now.latest.articles!.filter((doc) => publisher.articles.includes(doc.id))
    expect(restoredArticles.length).toBeGreaterThan(0)
    expect(restoredArticles.length).toBeLessThan(publisher.articles.length)
    for (const article of restoredArticles) {
      const audit = (dump: PlatformDump) => dump.latest['audit-logs']!.filter((entry) => entry.documentId === article.id).sort(byCreation)
      const versions = (dump: PlatformDump) => dump.versions.articles!.filter((version) => version.parent === article.id).sort(byCreation)
      expect(audit(now)).toEqual(audit(final).slice(0, audit(now).length))
      expect(versions(now).map(withoutLatestFlag)).toEqual(versions(final).slice(0, versions(now).length).map(withoutLatestFlag))
      expect(article.reviewState).toBe(audit(now).at(-1)?.toState ?? 'draft')
      if (article.reviewState === 'published') expect(article).toEqual(final.latest.articles!.find((doc) => doc.id === article.id))
    }
    // A file uploaded during the backup is as uploaded; whether it is public (`live`, kept by the
    // publish step) follows the restored articles: live exactly when a restored published one attaches it.
    const publishedAttachments = new Set(
      restoredArticles.filter((doc) => doc.reviewState === 'published').flatMap((doc) => (doc.attachments as string[] | null) ?? []),
    )
    const uploadState = ({ live: _live, updatedAt: _updatedAt, ...rest }: Doc) => rest
    for (const media of now.latest.media!.filter((doc) => changed.has(doc.id))) {
      expect(uploadState(media)).toEqual(uploadState(final.latest.media!.find((doc) => doc.id === media.id)!))
      expect(media.live, String(media.filename)).toBe(publishedAttachments.has(media.id))
    }

    // Every media file the restored database references, and no other, with the source's bytes.
    expect(Object.keys(now.mediaFiles).length).toBe(now.latest.media!.length)
    for (const [name, hash] of Object.entries(now.mediaFiles)) expect(hash, name).toBe(final.mediaFiles[name])
    expect((await readdir(join(target.dataDir, 'media'))).sort()).toEqual(Object.keys(now.mediaFiles).sort())
    for (const name of Object.keys(now.mediaFiles)) {
      expect(await sha256(join(target.dataDir, 'media', name)), name).toBe(await sha256(join(source.dataDir, 'media', name)))
    }
  })

  it('refuses to restore into the data directory it just restored (not empty), with one Chinese line and a code', async () => {
    const again = await runDataCommand('restore', [snapshotDir], { ...target.env, CMS_PORT: String(await freePort()) })
    expect(again.code).toBe(1)
    expect(again.stderr.trim()).toMatch(/^GovSite 恢复失败：目标目录 .* 不是空的.*\[restore\.target_not_empty\]$/)
  })
})
