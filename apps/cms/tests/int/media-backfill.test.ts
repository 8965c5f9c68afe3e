import { createHash } from 'node:crypto'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillMediaBindings } from '../../src/content/backfill-media-bindings'
import { backfill } from '../../src/migrations/20261201_171652_media_binding'
import type { Media } from '../../src/payload-types'
import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

type Db = Parameters<typeof backfill>[0]['db']

const mongo = Boolean(process.env.GOVSITE_TEST_MONGODB_URL)

const drizzleOf = (f: WorkflowFixture) => (f.payload.db as unknown as { drizzle: Db }).drizzle

/** What a database from before this change holds: no fingerprints, no references, no public files. */
async function makeOlder(f: WorkflowFixture): Promise<void> {
  if (mongo) {
    const { connection } = f.payload.db as unknown as MongooseAdapter
    await connection.collection('media').updateMany({}, { $unset: { sha256: '', live: '' } })
    await connection.collection('articles').updateMany({}, { $unset: { mediaRefs: '' } })
    await connection.collection('_articles_versions').updateMany({}, { $unset: { 'version.mediaRefs': '' } })
    return
  }
  const db = drizzleOf(f)
  await db.run(sql`UPDATE media SET sha256 = NULL, live = 0`)
  await db.run(sql`DELETE FROM articles_rels WHERE path = 'mediaRefs'`)
  await db.run(sql`DELETE FROM _articles_v_rels WHERE path = 'version.mediaRefs'`)
}

/**
 * A database from before files were bound to approvals has media without fingerprints, content
 * without media references and no public-file flags: the SQLite migration, and on MongoDB the
 * start-up backfill, fill them in from what is stored.
 */
describe('media binding on an older database', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  async function upload(filename: string, bytes: Buffer, data: Record<string, unknown> = {}) {
    const response = await f.api.upload('media', {
      token: f.tokenOf('editorA'),
      data: { site: f.siteA, alt: '示例图片', ...data },
      file: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      filename,
    })
    expect(response.status).toBe(201)
    return response.body.doc as Media
  }

  const body = (mediaId: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'upload', version: 3, format: '', id: 'a1', fields: null, relationTo: 'media', value: mediaId }],
    },
  })

  /** Fingerprints the stored files, derives the references and marks the files of published content public. */
  async function expectBackfilled(run: () => Promise<void>, tag: string) {
    const files = {
      published: Buffer.concat([PNG, Buffer.from(`published ${tag}`)]),
      approved: Buffer.concat([PNG, Buffer.from(`approved ${tag}`)]),
      draft: Buffer.concat([PNG, Buffer.from(`draft ${tag}`)]),
    }
    const published = await upload(`published-${tag}.png`, files.published)
    const approved = await upload(`approved-${tag}.png`, files.approved)
    const draft = await upload(`draft-${tag}.png`, files.draft)
    const live = await f.draftArticle('已发布的文章', { cover: published.id })
    await f.approve('articles', live)
    await f.act('editorA', live, 'publish')
    const pending = await f.draftArticle('已审核的文章', { body: body(approved.id) })
    await f.approve('articles', pending)
    await f.draftArticle('草稿', { attachments: [draft.id] })

    await makeOlder(f)
    expect((await f.api.rest('GET', `media/${published.id}`)).status).toBe(404)

    await run()

    const stored = async (id: string) => f.payload.findByID({ collection: 'media', id, depth: 0 })
    expect(await stored(published.id)).toMatchObject({ sha256: sha256(files.published), live: true })
    expect(await stored(approved.id)).toMatchObject({ sha256: sha256(files.approved), live: false })
    expect(await stored(draft.id)).toMatchObject({ sha256: sha256(files.draft), live: false })
    expect((await f.api.rest('GET', `media/${published.id}`)).status).toBe(200)
    expect((await f.api.rest('PATCH', `media/${published.id}`, { token: f.tokenOf('editorA'), body: { alt: '迁移后修改' } })).status).toBe(409)
    expect((await f.api.rest('PATCH', `media/${approved.id}`, { token: f.tokenOf('editorA'), body: { alt: '迁移后修改' } })).status).toBe(409)
    expect((await f.api.rest('PATCH', `media/${draft.id}`, { token: f.tokenOf('editorA'), body: { alt: '迁移后修改' } })).status).toBe(200)
    // The references are derived data, outside the content hash: the approval still holds.
    await expect(f.act('editorA', pending, 'publish')).resolves.toMatchObject({ live: true })
  }

  it.runIf(!mongo)('the SQLite migration fills them in from what is stored', async () => {
    await expectBackfilled(() => backfill({ db: drizzleOf(f), payload: f.payload }), 'sqlite')
  })

  it('the start-up backfill (what MongoDB runs) fills them in from what is stored', async () => {
    await expectBackfilled(() => backfillMediaBindings(f.payload), 'startup')
  })
})
