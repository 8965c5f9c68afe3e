import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`availability_days\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`date\` text NOT NULL,
  	\`checks\` numeric DEFAULT 0 NOT NULL,
  	\`failures\` numeric DEFAULT 0 NOT NULL,
  	\`failed_checks\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_days_site_idx\` ON \`availability_days\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`availability_days_date_idx\` ON \`availability_days\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`availability_days_updated_at_idx\` ON \`availability_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_days_created_at_idx\` ON \`availability_days\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_date_idx\` ON \`availability_days\` (\`site_id\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`link_findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`page_url\` text NOT NULL,
  	\`target_url\` text NOT NULL,
  	\`link_text\` text,
  	\`element\` text,
  	\`internal\` integer,
  	\`outcome\` text NOT NULL,
  	\`reasons\` text,
  	\`detail\` text,
  	\`evidence\` text,
  	\`document_collection\` text,
  	\`document_id\` text,
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
  await db.run(sql`CREATE INDEX \`link_findings_site_idx\` ON \`link_findings\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_page_url_idx\` ON \`link_findings\` (\`page_url\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_outcome_idx\` ON \`link_findings\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_document_id_idx\` ON \`link_findings\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_column_idx\` ON \`link_findings\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_editor_idx\` ON \`link_findings\` (\`editor_id\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_resolved_at_idx\` ON \`link_findings\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_updated_at_idx\` ON \`link_findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_findings_created_at_idx\` ON \`link_findings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_pageUrl_targetUrl_idx\` ON \`link_findings\` (\`site_id\`,\`page_url\`,\`target_url\`);`)
  await db.run(sql`CREATE TABLE \`link_check_runs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`scope\` text NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`pages_read\` numeric,
  	\`targets_checked\` numeric,
  	\`findings\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`link_check_runs_site_idx\` ON \`link_check_runs\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`link_check_runs_scope_idx\` ON \`link_check_runs\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`link_check_runs_started_at_idx\` ON \`link_check_runs\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`link_check_runs_updated_at_idx\` ON \`link_check_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_check_runs_created_at_idx\` ON \`link_check_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_checks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`checked_at\` text NOT NULL,
  	\`form_works\` integer DEFAULT false NOT NULL,
  	\`intake_works\` integer DEFAULT false NOT NULL,
  	\`problem\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_checks_site_idx\` ON \`channel_checks\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_checks_checked_at_idx\` ON \`channel_checks\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_checks_updated_at_idx\` ON \`channel_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_checks_created_at_idx\` ON \`channel_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`monitor_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`suspicious_domains\` text,
  	\`portal_interval_minutes\` numeric,
  	\`other_interval_minutes\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`availability_days_id\` text(36) REFERENCES availability_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_findings_id\` text(36) REFERENCES link_findings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_check_runs_id\` text(36) REFERENCES link_check_runs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`channel_checks_id\` text(36) REFERENCES channel_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_availability_days_id_idx\` ON \`payload_locked_documents_rels\` (\`availability_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`link_findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_check_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`link_check_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_checks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`availability_days\`;`)
  await db.run(sql`DROP TABLE \`link_findings\`;`)
  await db.run(sql`DROP TABLE \`link_check_runs\`;`)
  await db.run(sql`DROP TABLE \`channel_checks\`;`)
  await db.run(sql`DROP TABLE \`monitor_settings\`;`)
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
}
