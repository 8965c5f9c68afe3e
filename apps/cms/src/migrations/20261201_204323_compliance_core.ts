import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`column_content_summaries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`column_id\` text(36),
  	\`collection\` text NOT NULL,
  	\`published_count\` numeric DEFAULT 0 NOT NULL,
  	\`last_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`column_content_summaries_site_idx\` ON \`column_content_summaries\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`column_content_summaries_column_idx\` ON \`column_content_summaries\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`column_content_summaries_updated_at_idx\` ON \`column_content_summaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`column_content_summaries_created_at_idx\` ON \`column_content_summaries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`column_collection_idx\` ON \`column_content_summaries\` (\`column_id\`,\`collection\`);`)
  await db.run(sql`CREATE TABLE \`inspection_snapshots\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`date\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`failing\` text NOT NULL,
  	\`warning\` text NOT NULL,
  	\`evaluation\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_site_idx\` ON \`inspection_snapshots\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_date_idx\` ON \`inspection_snapshots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_status_idx\` ON \`inspection_snapshots\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_updated_at_idx\` ON \`inspection_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inspection_snapshots_created_at_idx\` ON \`inspection_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`site_date_idx\` ON \`inspection_snapshots\` (\`site_id\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`compliance_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`homepage_warning_days\` numeric DEFAULT 10 NOT NULL,
  	\`news_columns_warning\` numeric DEFAULT 3 NOT NULL,
  	\`stale_columns_warning\` numeric DEFAULT 6 NOT NULL,
  	\`empty_columns_warning\` numeric DEFAULT 2 NOT NULL,
  	\`unavailable_warning_percent\` numeric DEFAULT 3 NOT NULL,
  	\`consultation_warning_months\` numeric DEFAULT 2 NOT NULL,
  	\`service_guide_warning_missing\` numeric DEFAULT 1 NOT NULL,
  	\`security_handling_hours\` numeric DEFAULT 24 NOT NULL,
  	\`channel_check_max_age_hours\` numeric DEFAULT 48 NOT NULL,
  	\`survey_results_warning_days\` numeric DEFAULT 7 NOT NULL,
  	\`error_report_warning_days\` numeric DEFAULT 21 NOT NULL,
  	\`default_update_interval_count\` numeric DEFAULT 6 NOT NULL,
  	\`default_update_interval_unit\` text DEFAULT 'months' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`homepage_layout\` text DEFAULT 'content';`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`update_interval_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`update_interval_unit\` text;`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`exempt_reason\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`column_content_summaries_id\` text(36) REFERENCES column_content_summaries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_snapshots_id\` text(36) REFERENCES inspection_snapshots(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_column_content_summaries_i_idx\` ON \`payload_locked_documents_rels\` (\`column_content_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_snapshots_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`column_content_summaries\`;`)
  await db.run(sql`DROP TABLE \`inspection_snapshots\`;`)
  await db.run(sql`DROP TABLE \`compliance_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`sites_id\` text(36),
  	\`columns_id\` text(36),
  	\`media_id\` text(36),
  	\`articles_id\` text(36),
  	\`policy_documents_id\` text(36),
  	\`interpretations_id\` text(36),
  	\`notices_id\` text(36),
  	\`messages_id\` text(36),
  	\`faqs_id\` text(36),
  	\`surveys_id\` text(36),
  	\`survey_responses_id\` text(36),
  	\`error_reports_id\` text(36),
  	\`audit_logs_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`error_reports_id\`) REFERENCES \`error_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_logs_id\`) REFERENCES \`audit_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "audit_logs_id") SELECT "id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "audit_logs_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_error_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`error_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_logs_id\`);`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`homepage_layout\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`update_interval_count\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`update_interval_unit\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`exempt_reason\`;`)
}
