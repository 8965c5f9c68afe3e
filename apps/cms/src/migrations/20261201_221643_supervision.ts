import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sites_alert_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_alert_contacts_order_idx\` ON \`sites_alert_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_alert_contacts_parent_id_idx\` ON \`sites_alert_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rectification_orders_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`by_name\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rectification_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rectification_orders_history_order_idx\` ON \`rectification_orders_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_history_parent_id_idx\` ON \`rectification_orders_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_history_by_idx\` ON \`rectification_orders_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`rectification_orders\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`rule\` text NOT NULL,
  	\`severity\` text DEFAULT 'fail' NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`summary\` text NOT NULL,
  	\`evidence_url\` text,
  	\`found_at\` text,
  	\`admin_path\` text,
  	\`finding_key\` text,
  	\`feedback\` text,
  	\`dismissal_reason\` text,
  	\`supervisor_comment\` text,
  	\`issued_by_id\` text(36),
  	\`issued_by_name\` text,
  	\`closed_at\` text,
  	\`problem_gone_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`rectification_orders_site_idx\` ON \`rectification_orders\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_state_idx\` ON \`rectification_orders\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_deadline_idx\` ON \`rectification_orders\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_rule_idx\` ON \`rectification_orders\` (\`rule\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_finding_key_idx\` ON \`rectification_orders\` (\`finding_key\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_issued_by_idx\` ON \`rectification_orders\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_problem_gone_at_idx\` ON \`rectification_orders\` (\`problem_gone_at\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_updated_at_idx\` ON \`rectification_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rectification_orders_created_at_idx\` ON \`rectification_orders\` (\`created_at\`);`)
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
  await db.run(sql`CREATE UNIQUE INDEX \`site_date_1_idx\` ON \`availability_days\` (\`site_id\`,\`date\`);`)
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
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`recipient_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`link\` text,
  	\`site_id\` text(36),
  	\`urgent\` integer DEFAULT false,
  	\`dedupe_key\` text,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_site_idx\` ON \`notifications\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notification_sends\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slot\` text NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`recipient_id\` text(36),
  	\`address\` text,
  	\`notification_id\` text(36),
  	\`site_id\` text(36),
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`link\` text,
  	\`status\` text NOT NULL,
  	\`urgent\` integer DEFAULT false,
  	\`digest\` integer DEFAULT false,
  	\`due_at\` text,
  	\`sent_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`notification_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`notification_sends_slot_idx\` ON \`notification_sends\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_dedupe_key_idx\` ON \`notification_sends\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_recipient_idx\` ON \`notification_sends\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_address_idx\` ON \`notification_sends\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_notification_idx\` ON \`notification_sends\` (\`notification_id\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_site_idx\` ON \`notification_sends\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_status_idx\` ON \`notification_sends\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_due_at_idx\` ON \`notification_sends\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_updated_at_idx\` ON \`notification_sends\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notification_sends_created_at_idx\` ON \`notification_sends\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`monitor_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`suspicious_domains\` text,
  	\`portal_interval_minutes\` numeric,
  	\`other_interval_minutes\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_email_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_quiet_hours\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_quiet_start\` text DEFAULT '22:00';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_quiet_end\` text DEFAULT '07:00';`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`homepage_layout\` text DEFAULT 'content';`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`update_interval_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`update_interval_unit\` text;`)
  await db.run(sql`ALTER TABLE \`columns\` ADD \`exempt_reason\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rectification_orders_id\` text(36) REFERENCES rectification_orders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`column_content_summaries_id\` text(36) REFERENCES column_content_summaries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inspection_snapshots_id\` text(36) REFERENCES inspection_snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`availability_days_id\` text(36) REFERENCES availability_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_findings_id\` text(36) REFERENCES link_findings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_check_runs_id\` text(36) REFERENCES link_check_runs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`channel_checks_id\` text(36) REFERENCES channel_checks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` text(36) REFERENCES notifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notification_sends_id\` text(36) REFERENCES notification_sends(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rectification_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`rectification_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_column_content_summaries_i_idx\` ON \`payload_locked_documents_rels\` (\`column_content_summaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspection_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`inspection_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_availability_days_id_idx\` ON \`payload_locked_documents_rels\` (\`availability_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`link_findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_check_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`link_check_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_sends_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sites_alert_contacts\`;`)
  await db.run(sql`DROP TABLE \`rectification_orders_history\`;`)
  await db.run(sql`DROP TABLE \`rectification_orders\`;`)
  await db.run(sql`DROP TABLE \`column_content_summaries\`;`)
  await db.run(sql`DROP TABLE \`inspection_snapshots\`;`)
  await db.run(sql`DROP TABLE \`availability_days\`;`)
  await db.run(sql`DROP TABLE \`link_findings\`;`)
  await db.run(sql`DROP TABLE \`link_check_runs\`;`)
  await db.run(sql`DROP TABLE \`channel_checks\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notification_sends\`;`)
  await db.run(sql`DROP TABLE \`compliance_settings\`;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_email_digest\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_quiet_hours\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_quiet_start\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_quiet_end\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`homepage_layout\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`update_interval_count\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`update_interval_unit\`;`)
  await db.run(sql`ALTER TABLE \`columns\` DROP COLUMN \`exempt_reason\`;`)
}
