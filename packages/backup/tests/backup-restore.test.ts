import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import Database from 'libsql'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createSnapshot, readManifest, restoreSnapshot, type DataPaths } from '../src/index.js'

const GOVSITE = { version: '0.1.0', commit: null }
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url))

/** A data directory shaped like the CMS's: WAL database with Payload's media and migrations tables, media files, secrets. */
async function liveData(root: string): Promise<{ paths: DataPaths; db: Database.Database }> {
  const paths = { databaseFile: join(root, 'data/govsite.db'), mediaDir: join(root, 'data/media'), secretsDir: join(root, 'data') }
  await mkdir(paths.mediaDir, { recursive: true })
  const db = new Database(paths.databaseFile)
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('CREATE TABLE payload_migrations (id integer PRIMARY KEY, name text, batch numeric, created_at text)')
  db.exec(
    "INSERT INTO payload_migrations (name, batch, created_at) VALUES ('20261124_195719_initial', 1, '2026-11-24'), ('20261127_093200_public_list_indexes', 2, '2026-11-27')",
  )
  db.exec('CREATE TABLE media (id text PRIMARY KEY, filename text, filesize numeric, alt text)')
  db.exec('CREATE TABLE articles (id text PRIMARY KEY, title text, body blob)')
  for (const name of ['notice.pdf', 'photo.png']) {
    const bytes = randomBytes(50_000)
    await writeFile(join(paths.mediaDir, name), bytes)
    db.prepare('INSERT INTO media VALUES (?, ?, ?, ?)').run(name, name, bytes.length, `替代文字 ${name}`)
  }
  const article = db.prepare('INSERT INTO articles VALUES (?, ?, ?)')
  for (let i = 0; i < 200; i++) article.run(`a${i}`, `文章 ${i}`, randomBytes(2000))
  await writeFile(join(paths.secretsDir, '.payload-secret'), `${'p'.repeat(64)}\n`, { mode: 0o600 })
  await writeFile(join(paths.secretsDir, '.site-webhook-secret'), `${'w'.repeat(64)}\n`, { mode: 0o600 })
  return { paths, db }
}

function rowsOf(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true })
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name)
    return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
  } finally {
    db.close()
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
  return 'not refused'
}

describe('backup and restore of the embedded database and media (R-SEC-BACKUP)', () => {
  let root: string
  let live: { paths: DataPaths; db: Database.Database }
  const lines: string[] = []
  const log = (line: string) => void lines.push(line)
  const empty = (name: string): DataPaths => ({
    databaseFile: join(root, name, 'govsite.db'),
    mediaDir: join(root, name, 'media'),
    secretsDir: join(root, name),
  })

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'govsite-backup-'))
    live = await liveData(root)
    lines.length = 0
  })

  afterEach(async () => {
    live.db.close()
    await rm(root, { recursive: true, force: true })
  })

  it('snapshots every committed transaction (still in the WAL) and nothing of one open while it runs', async () => {
    live.db.exec('PRAGMA wal_autocheckpoint = 0')
    live.db.exec("INSERT INTO articles VALUES ('committed', '已提交', NULL)")
    live.db.exec('BEGIN IMMEDIATE')
    live.db.exec("INSERT INTO articles VALUES ('open', '未提交', NULL)")
    live.db.exec("UPDATE articles SET title = '改到一半' WHERE id = 'a1'")
    expect((await stat(`${live.paths.databaseFile}-wal`)).size).toBeGreaterThan(0)

    const manifest = await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log })
    live.db.exec('COMMIT')

    const snapshot = rowsOf(join(root, 'snap/database/govsite.db'))
    const ids = (snapshot.articles as { id: string }[]).map((row) => row.id)
    expect(ids).toContain('committed')
    expect(ids).not.toContain('open')
    expect((snapshot.articles as { id: string; title: string }[]).find((row) => row.id === 'a1')?.title).toBe('文章 1')
    expect(manifest.database.tables).toEqual({ articles: 201, media: 2, payload_migrations: 2 })
    expect(manifest.database.migrations).toEqual(['20261124_195719_initial', '20261127_093200_public_list_indexes'])
  })

  it('takes only the media the snapshot references, and every file with its size and SHA-256', async () => {
    await writeFile(join(live.paths.mediaDir, 'upload-in-progress.pdf'), 'not known to the database')
    const manifest = await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log })
    expect(manifest.files.map((file) => file.path).sort()).toEqual([
      'database/govsite.db',
      'media/notice.pdf',
      'media/photo.png',
      'secrets/.payload-secret',
      'secrets/.site-webhook-secret',
    ])
    expect(manifest.secrets).toEqual(['PAYLOAD_SECRET', 'SITE_WEBHOOK_SECRET'])
    expect(await readdir(join(root, 'snap/media'))).not.toContain('upload-in-progress.pdf')
    expect((await stat(join(root, 'snap'))).mode & 0o777).toBe(0o700)
    expect((await stat(join(root, 'snap/secrets/.payload-secret'))).mode & 0o777).toBe(0o600)
    expect(lines.some((line) => line.includes('SITE_SERVICE_SECRET') && line.includes('环境变量'))).toBe(true)
    expect(await readManifest(join(root, 'snap'))).toEqual(manifest)
  })

  it('takes a fresh snapshot when a referenced file is deleted between the database snapshot and the copy', async () => {
    let deleted = false
    const racingLog = (line: string) => {
      lines.push(line)
      if (!deleted && line.startsWith('数据库快照完成')) {
        // The CMS deleting a media document right after the database snapshot.
        live.db.exec("DELETE FROM media WHERE id = 'photo.png'")
        void rm(join(live.paths.mediaDir, 'photo.png'))
        deleted = true
      }
    }
    const manifest = await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log: racingLog })
    expect(lines.some((line) => line.includes('photo.png') && line.includes('重新制作快照'))).toBe(true)
    expect(manifest.files.map((file) => file.path)).not.toContain('media/photo.png')
    expect(manifest.database.tables.media).toBe(1)
  })

  it('fails, naming the file, when the database references a media file that is not there', async () => {
    live.db.exec("INSERT INTO media VALUES ('lost', 'lost.pdf', 10, NULL)")
    expect(await refusal(createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log }))).toBe('backup.media_missing')
    expect(existsSync(join(root, 'snap'))).toBe(false)
    expect(existsSync(join(root, 'snap.partial'))).toBe(false)
  })

  it('restores into an empty data directory: the same rows, media bytes and secrets (mode 600)', async () => {
    await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log })
    const target = empty('restored')
    await restoreSnapshot({ snapshot: join(root, 'snap'), paths: target, cmsPort: await unusedPort(), log })

    expect(rowsOf(target.databaseFile)).toEqual(rowsOf(live.paths.databaseFile))
    for (const name of ['notice.pdf', 'photo.png']) {
      expect(await readFile(join(target.mediaDir, name))).toEqual(await readFile(join(live.paths.mediaDir, name)))
    }
    expect(await readdir(target.mediaDir)).toHaveLength(2)
    expect(await readFile(join(target.secretsDir, '.payload-secret'), 'utf8')).toBe(`${'p'.repeat(64)}\n`)
    expect((await stat(join(target.secretsDir, '.payload-secret'))).mode & 0o777).toBe(0o600)
    expect(existsSync(join(target.secretsDir, '.site-service-secret'))).toBe(false)
  })

  it('verifies every checksum before writing anything: a changed byte is refused', async () => {
    await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log })
    const photo = join(root, 'snap/media/photo.png')
    const bytes = await readFile(photo)
    bytes[100] = bytes[100]! ^ 0xff
    await writeFile(photo, bytes)
    const target = empty('restored')
    expect(await refusal(restoreSnapshot({ snapshot: join(root, 'snap'), paths: target, cmsPort: await unusedPort(), log }))).toBe('restore.checksum_mismatch')
    expect(existsSync(join(root, 'restored'))).toBe(false)
  })

  it('refuses a data directory that is not empty, and one a running CMS uses', async () => {
    await createSnapshot({ paths: live.paths, target: join(root, 'snap'), govsite: GOVSITE, log })
    expect(await refusal(restoreSnapshot({ snapshot: join(root, 'snap'), paths: live.paths, cmsPort: await unusedPort(), log }))).toBe(
      'restore.target_not_empty',
    )

    const target = empty('restored')
    await mkdir(target.mediaDir, { recursive: true })
    const cms: Server = createServer((_req, res) => res.end('{"status":"ok"}'))
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
    try {
      const port = (cms.address() as AddressInfo).port
      expect(await refusal(restoreSnapshot({ snapshot: join(root, 'snap'), paths: target, cmsPort: port, log }))).toBe('restore.cms_running')
    } finally {
      cms.close()
    }
    expect(await readdir(target.mediaDir)).toEqual([])
  })
})

describe('npm run backup / restore commands', () => {
  const run = (script: string, args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [join(PACKAGE_DIR, 'dist', script), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' })

  it('refuse MongoDB with one line pointing to mongodump and mongorestore', () => {
    const url = 'mongodb://db1.example.gov.cn/govsite?replicaSet=rs0'
    const backup = run('backup-cli.js', [], { DATABASE_URL: url })
    expect(backup.status).toBe(1)
    expect(backup.stderr.trim().split('\n')).toHaveLength(1)
    expect(backup.stderr).toMatch(/^GovSite 备份失败：.*mongodump --oplog.*docs\/operations\.md.* \[backup\.mongodb_unsupported\]$/m)
    const restore = run('restore-cli.js', ['/tmp/some-snapshot'], { DATABASE_URL: url })
    expect(restore.stderr).toMatch(/mongorestore --oplogReplay.* \[restore\.mongodb_unsupported\]$/m)
  })

  it('restore names its missing argument', () => {
    const restore = run('restore-cli.js', [], {})
    expect(restore.status).toBe(1)
    expect(restore.stderr.trim()).toBe('GovSite 恢复失败：请指定要恢复的快照目录：npm run restore -- <快照目录> [restore.snapshot_missing]')
  })
})

async function unusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}
