import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_quality_findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`key\` text NOT NULL,
  	\`list\` text NOT NULL,
  	\`wrong\` text NOT NULL,
  	\`right\` text,
  	\`detail\` text,
  	\`excerpt\` text,
  	\`context\` text,
  	\`field\` text,
  	\`occurrences\` numeric,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`column_id\` text(36),
  	\`editor_id\` text(36),
  	\`admin_path\` text,
  	\`first_found_at\` text NOT NULL,
  	\`last_checked_at\` text NOT NULL,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`content_quality_findings_site_idx\` ON \`content_quality_findings\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_list_idx\` ON \`content_quality_findings\` (\`list\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_document_id_idx\` ON \`content_quality_findings\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_column_idx\` ON \`content_quality_findings\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_editor_idx\` ON \`content_quality_findings\` (\`editor_id\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_resolved_at_idx\` ON \`content_quality_findings\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_updated_at_idx\` ON \`content_quality_findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_findings_created_at_idx\` ON \`content_quality_findings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_idx\` ON \`content_quality_findings\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`content_quality_runs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reason\` text NOT NULL,
  	\`day\` text,
  	\`requested_at\` text NOT NULL,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`documents_checked\` numeric,
  	\`findings_opened\` numeric,
  	\`findings_resolved\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`content_quality_runs_reason_idx\` ON \`content_quality_runs\` (\`reason\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_day_idx\` ON \`content_quality_runs\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_requested_at_idx\` ON \`content_quality_runs\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_started_at_idx\` ON \`content_quality_runs\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_finished_at_idx\` ON \`content_quality_runs\` (\`finished_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_updated_at_idx\` ON \`content_quality_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_quality_runs_created_at_idx\` ON \`content_quality_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quarterly_results\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`requested_by_id\` text(36),
  	\`requested_at\` text NOT NULL,
  	\`revisions\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quarterly_results_quarter_idx\` ON \`quarterly_results\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`quarterly_results_requested_by_idx\` ON \`quarterly_results\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quarterly_results_updated_at_idx\` ON \`quarterly_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quarterly_results_created_at_idx\` ON \`quarterly_results\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_quality_findings_id\` text(36) REFERENCES content_quality_findings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_quality_runs_id\` text(36) REFERENCES content_quality_runs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quarterly_results_id\` text(36) REFERENCES quarterly_results(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_quality_findings_i_idx\` ON \`payload_locked_documents_rels\` (\`content_quality_findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_quality_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`content_quality_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quarterly_results_id_idx\` ON \`payload_locked_documents_rels\` (\`quarterly_results_id\`);`)
  await db.run(sql`ALTER TABLE \`content_check_settings\` ADD \`serious_errors\` text;`)
  await db.run(sql`ALTER TABLE \`content_check_settings\` ADD \`typos\` text;`)
  await db.run(sql`ALTER TABLE \`compliance_settings\` ADD \`quarterly_results_column\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`content_quality_findings\`;`)
  await db.run(sql`DROP TABLE \`content_quality_runs\`;`)
  await db.run(sql`DROP TABLE \`quarterly_results\`;`)
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
  	\`rectification_orders_id\` text(36),
  	\`audit_logs_id\` text(36),
  	\`column_content_summaries_id\` text(36),
  	\`inspection_snapshots_id\` text(36),
  	\`availability_days_id\` text(36),
  	\`link_findings_id\` text(36),
  	\`link_check_runs_id\` text(36),
  	\`channel_checks_id\` text(36),
  	\`notifications_id\` text(36),
  	\`notification_sends_id\` text(36),
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
  	FOREIGN KEY (\`rectification_orders_id\`) REFERENCES \`rectification_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_logs_id\`) REFERENCES \`audit_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`column_content_summaries_id\`) REFERENCES \`column_content_summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspection_snapshots_id\`) REFERENCES \`inspection_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`availability_days_id\`) REFERENCES \`availability_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_findings_id\`) REFERENCES \`link_findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_check_runs_id\`) REFERENCES \`link_check_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_checks_id\`) REFERENCES \`channel_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notification_sends_id\`) REFERENCES \`notification_sends\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "rectification_orders_id", "audit_logs_id", "column_content_summaries_id", "inspection_snapshots_id", "availability_days_id", "link_findings_id", "link_check_runs_id", "channel_checks_id", "notifications_id", "notification_sends_id") SELECT "id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "rectification_orders_id", "audit_logs_id", "column_content_summaries_id", "inspection_snapshots_id", "availability_days_id", "link_findings_id", "link_check_runs_id", "channel_checks_id", "notifications_id", "notification_sends_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rectification_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`rectification_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_column_content_summaries_i_idx\` ON \`payload_locked_documents_rels\` (\`column_content_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_availability_days_id_idx\` ON \`payload_locked_documents_rels\` (\`availability_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`link_findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_check_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`link_check_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_sends_id\`);`)
  await db.run(sql`ALTER TABLE \`content_check_settings\` DROP COLUMN \`serious_errors\`;`)
  await db.run(sql`ALTER TABLE \`content_check_settings\` DROP COLUMN \`typos\`;`)
  await db.run(sql`ALTER TABLE \`compliance_settings\` DROP COLUMN \`quarterly_results_column\`;`)
}
