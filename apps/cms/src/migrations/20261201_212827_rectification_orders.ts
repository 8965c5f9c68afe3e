import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rectification_orders_id\` text(36) REFERENCES rectification_orders(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rectification_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`rectification_orders_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rectification_orders_history\`;`)
  await db.run(sql`DROP TABLE \`rectification_orders\`;`)
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
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "audit_logs_id") SELECT "id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "messages_id", "faqs_id", "surveys_id", "survey_responses_id", "error_reports_id", "audit_logs_id" FROM \`payload_locked_documents_rels\`;`,
  )
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
