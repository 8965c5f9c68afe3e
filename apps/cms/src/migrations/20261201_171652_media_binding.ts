import { documentIdsInRichText } from '@govsite/domain'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { storedFileSha256 } from '../content/media-file'

type Db = MigrateUpArgs['db']

/**
 * Where each publishable collection keeps media references at this schema: rich-text columns,
 * single upload columns and hasMany upload paths of its `_rels` table.
 */
const CONTENT_TABLES = [
  { table: 'articles', richText: ['body'], uploads: ['cover_id'], uploadPaths: ['attachments'] },
  { table: 'policy_documents', richText: ['body'], uploads: [], uploadPaths: ['attachments'] },
  { table: 'interpretations', richText: ['body'], uploads: [], uploadPaths: ['media'] },
  { table: 'notices', richText: ['body'], uploads: [], uploadPaths: ['attachments'] },
  { table: 'messages', richText: ['reply'], uploads: [], uploadPaths: [] },
  { table: 'faqs', richText: ['answer'], uploads: [], uploadPaths: [] },
  { table: 'surveys', richText: ['description', 'results_report'], uploads: [], uploadPaths: [] },
]

type Row = Record<string, unknown>

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}

/** Store `mediaRefs` of every main row, or of every latest version, from its content as stored. */
async function backfillMediaRefs(db: Db, content: (typeof CONTENT_TABLES)[number], versions: boolean, existing: Set<string>): Promise<void> {
  const prefix = versions ? 'version_' : ''
  const pathPrefix = versions ? 'version.' : ''
  const table = versions ? `_${content.table}_v` : content.table
  const columns = ['id', ...content.richText.map((name) => prefix + name), ...content.uploads.map((name) => prefix + name)]
  const rows = (await db.all(sql.raw(`SELECT ${columns.map((name) => `"${name}"`).join(', ')} FROM "${table}"${versions ? ' WHERE latest = 1' : ''}`))) as Row[]
  const paths = content.uploadPaths.map((path) => `'${pathPrefix}${path}'`).join(', ')
  const rels = paths
    ? ((await db.all(
        sql.raw(`SELECT parent_id, media_id FROM "${table}_rels" WHERE path IN (${paths}) AND media_id IS NOT NULL ORDER BY parent_id, "order"`),
      )) as Row[])
    : []
  await db.run(sql.raw(`DELETE FROM "${table}_rels" WHERE path = '${pathPrefix}mediaRefs'`))
  for (const row of rows) {
    const ids = new Set<string>()
    content.uploads.forEach((name) => row[prefix + name] && ids.add(String(row[prefix + name])))
    rels.filter((rel) => rel.parent_id === row.id).forEach((rel) => ids.add(String(rel.media_id)))
    content.richText.forEach((name) => documentIdsInRichText(parseJson(row[prefix + name]), 'media').forEach((id) => ids.add(id)))
    let order = 0
    for (const id of [...ids].filter((candidate) => existing.has(candidate))) {
      order += 1
      await db.run(
        sql`INSERT INTO ${sql.identifier(`${table}_rels`)} ("order", parent_id, path, media_id) VALUES (${order}, ${row.id}, ${`${pathPrefix}mediaRefs`}, ${id})`,
      )
    }
  }
}

/**
 * Existing databases: fingerprint every stored file, derive which media each document (and each
 * latest version) references, and mark the media live content references as public. Raw SQL
 * against this migration's schema, so later schema changes cannot break it.
 */
export async function backfill({ db, payload }: Pick<MigrateUpArgs, 'db' | 'payload'>): Promise<void> {
  const staticDir = payload.collections.media.config.upload.staticDir ?? ''
  const media = (await db.all(sql`SELECT id, filename FROM media`)) as Row[]
  for (const file of media) {
    try {
      const sha256 = await storedFileSha256(staticDir, String(file.filename ?? ''))
      await db.run(sql`UPDATE media SET sha256 = ${sha256} WHERE id = ${file.id}`)
    } catch (error) {
      payload.logger.warn(`GovSite CMS：媒体文件“${String(file.filename)}”无法计算指纹（${(error as Error).message}），请重新上传`)
    }
  }
  const existing = new Set(media.map((file) => String(file.id)))
  for (const content of CONTENT_TABLES) {
    await backfillMediaRefs(db, content, false, existing)
    await backfillMediaRefs(db, content, true, existing)
  }
  const live = CONTENT_TABLES.map(
    ({ table }) => `SELECT r.media_id FROM "${table}_rels" r JOIN "${table}" d ON d.id = r.parent_id WHERE r.path = 'mediaRefs' AND d._status = 'published'`,
  ).join(' UNION ')
  await db.run(sql.raw(`UPDATE media SET live = CASE WHEN id IN (${live}) THEN 1 ELSE 0 END`))
}

export async function up(args: MigrateUpArgs): Promise<void> {
  const { db } = args
  await db.run(sql`ALTER TABLE \`media\` ADD \`sha256\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`live\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_live_idx\` ON \`media\` (\`live\`);`)
  await db.run(sql`ALTER TABLE \`messages_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`messages_rels_media_id_idx\` ON \`messages_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_messages_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_media_id_idx\` ON \`_messages_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_media_id_idx\` ON \`faqs_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_media_id_idx\` ON \`_faqs_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`surveys_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_media_id_idx\` ON \`surveys_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_surveys_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_media_id_idx\` ON \`_surveys_v_rels\` (\`media_id\`);`)
  await backfill(args)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { table } of CONTENT_TABLES) {
    await db.run(sql.raw(`DELETE FROM "${table}_rels" WHERE path = 'mediaRefs'`))
    await db.run(sql.raw(`DELETE FROM "_${table}_v_rels" WHERE path = 'version.mediaRefs'`))
  }
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_messages_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`messages_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`messages_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_messages_rels\` RENAME TO \`messages_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`messages_rels_order_idx\` ON \`messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_parent_idx\` ON \`messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_path_idx\` ON \`messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_users_id_idx\` ON \`messages_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__messages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__messages_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_messages_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_messages_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__messages_v_rels\` RENAME TO \`_messages_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_order_idx\` ON \`_messages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_parent_idx\` ON \`_messages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_path_idx\` ON \`_messages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_users_id_idx\` ON \`_messages_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_faqs_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`faqs_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs_rels\` RENAME TO \`faqs_rels\`;`)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_users_id_idx\` ON \`faqs_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__faqs_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_faqs_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v_rels\` RENAME TO \`_faqs_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_users_id_idx\` ON \`_faqs_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_surveys_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_surveys_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`surveys_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`surveys_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_surveys_rels\` RENAME TO \`surveys_rels\`;`)
  await db.run(sql`CREATE INDEX \`surveys_rels_order_idx\` ON \`surveys_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_parent_idx\` ON \`surveys_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_path_idx\` ON \`surveys_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_users_id_idx\` ON \`surveys_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__surveys_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__surveys_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_surveys_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_surveys_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__surveys_v_rels\` RENAME TO \`_surveys_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_order_idx\` ON \`_surveys_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_parent_idx\` ON \`_surveys_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_path_idx\` ON \`_surveys_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_users_id_idx\` ON \`_surveys_v_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`media_live_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sha256\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`live\`;`)
}
