import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_idx\` ON \`articles\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`column_site__status_publishedAt_idx\` ON \`articles\` (\`column_id\`,\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_parent_idx\` ON \`articles_texts\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_column_version_site_version__status_version_publ_idx\` ON \`_articles_v\` (\`version_column_id\`,\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_texts_parent_idx\` ON \`_articles_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_1_idx\` ON \`policy_documents\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`column_site__status_publishedAt_1_idx\` ON \`policy_documents\` (\`column_id\`,\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_texts_parent_idx\` ON \`policy_documents_texts\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_1_idx\` ON \`_policy_documents_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_column_version_site_version__status_version_pu_1_idx\` ON \`_policy_documents_v\` (\`version_column_id\`,\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_policy_documents_v_texts_parent_idx\` ON \`_policy_documents_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_2_idx\` ON \`interpretations\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`column_site__status_publishedAt_2_idx\` ON \`interpretations\` (\`column_id\`,\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_2_idx\` ON \`_interpretations_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_column_version_site_version__status_version_pu_2_idx\` ON \`_interpretations_v\` (\`version_column_id\`,\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_3_idx\` ON \`notices\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`column_site__status_publishedAt_3_idx\` ON \`notices\` (\`column_id\`,\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_3_idx\` ON \`_notices_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_column_version_site_version__status_version_pu_3_idx\` ON \`_notices_v\` (\`version_column_id\`,\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_4_idx\` ON \`messages\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_4_idx\` ON \`_messages_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_5_idx\` ON \`faqs\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_5_idx\` ON \`_faqs_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_6_idx\` ON \`surveys\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_site_version__status_version_publishedAt_6_idx\` ON \`_surveys_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`site__status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`column_site__status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_column_version_site_version__status_version_publ_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`column_site__status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`policy_documents_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version_column_version_site_version__status_version_pu_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_policy_documents_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`column_site__status_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version_column_version_site_version__status_version_pu_2_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`column_site__status_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`version_column_version_site_version__status_version_pu_3_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_publishedAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_6_idx\`;`)
}
