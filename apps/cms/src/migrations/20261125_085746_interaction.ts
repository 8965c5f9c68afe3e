import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`category\` text,
  	\`site_id\` text(36),
  	\`tracking_code\` text,
  	\`content\` text,
  	\`name\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`public_answer\` integer DEFAULT false,
  	\`received_at\` text,
  	\`due_date\` text,
  	\`client_ip\` text,
  	\`handling_site_id\` text(36),
  	\`reply\` text,
  	\`answered_at\` text,
  	\`handling_working_days\` numeric,
  	\`spam\` integer DEFAULT false,
  	\`spam_findings\` text,
  	\`handling_note\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`author_id\` text(36),
  	\`approval_hash\` text,
  	\`approval_by_id\` text(36),
  	\`approval_at\` text,
  	\`review_findings\` text,
  	\`scheduled_publish_at\` text,
  	\`scheduled_by_id\` text(36),
  	\`schedule_note\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handling_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_category_idx\` ON \`messages\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`messages_site_idx\` ON \`messages\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_tracking_code_idx\` ON \`messages\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`messages_public_answer_idx\` ON \`messages\` (\`public_answer\`);`)
  await db.run(sql`CREATE INDEX \`messages_received_at_idx\` ON \`messages\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_due_date_idx\` ON \`messages\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`messages_handling_site_idx\` ON \`messages\` (\`handling_site_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_answered_at_idx\` ON \`messages\` (\`answered_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_handling_working_days_idx\` ON \`messages\` (\`handling_working_days\`);`)
  await db.run(sql`CREATE INDEX \`messages_spam_idx\` ON \`messages\` (\`spam\`);`)
  await db.run(sql`CREATE INDEX \`messages_review_state_idx\` ON \`messages\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`messages_author_idx\` ON \`messages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_approval_approval_by_idx\` ON \`messages\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_scheduled_publish_at_idx\` ON \`messages\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_scheduled_by_idx\` ON \`messages\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_published_at_idx\` ON \`messages\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`messages__status_idx\` ON \`messages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_rels_order_idx\` ON \`messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_parent_idx\` ON \`messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_path_idx\` ON \`messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_users_id_idx\` ON \`messages_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_subject\` text,
  	\`version_category\` text,
  	\`version_site_id\` text(36),
  	\`version_tracking_code\` text,
  	\`version_content\` text,
  	\`version_name\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_public_answer\` integer DEFAULT false,
  	\`version_received_at\` text,
  	\`version_due_date\` text,
  	\`version_client_ip\` text,
  	\`version_handling_site_id\` text(36),
  	\`version_reply\` text,
  	\`version_answered_at\` text,
  	\`version_handling_working_days\` numeric,
  	\`version_spam\` integer DEFAULT false,
  	\`version_spam_findings\` text,
  	\`version_handling_note\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_author_id\` text(36),
  	\`version_approval_hash\` text,
  	\`version_approval_by_id\` text(36),
  	\`version_approval_at\` text,
  	\`version_review_findings\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_scheduled_by_id\` text(36),
  	\`version_schedule_note\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_handling_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_parent_idx\` ON \`_messages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_category_idx\` ON \`_messages_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_site_idx\` ON \`_messages_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_tracking_code_idx\` ON \`_messages_v\` (\`version_tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_public_answer_idx\` ON \`_messages_v\` (\`version_public_answer\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_received_at_idx\` ON \`_messages_v\` (\`version_received_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_due_date_idx\` ON \`_messages_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_handling_site_idx\` ON \`_messages_v\` (\`version_handling_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_answered_at_idx\` ON \`_messages_v\` (\`version_answered_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_handling_working_days_idx\` ON \`_messages_v\` (\`version_handling_working_days\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_spam_idx\` ON \`_messages_v\` (\`version_spam\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_review_state_idx\` ON \`_messages_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_author_idx\` ON \`_messages_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_approval_version_approval_by_idx\` ON \`_messages_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_scheduled_publish_at_idx\` ON \`_messages_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_scheduled_by_idx\` ON \`_messages_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_published_at_idx\` ON \`_messages_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_updated_at_idx\` ON \`_messages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_created_at_idx\` ON \`_messages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version__status_idx\` ON \`_messages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_created_at_idx\` ON \`_messages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_updated_at_idx\` ON \`_messages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_latest_idx\` ON \`_messages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_order_idx\` ON \`_messages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_parent_idx\` ON \`_messages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_path_idx\` ON \`_messages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_users_id_idx\` ON \`_messages_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`site_id\` text(36),
  	\`category\` text,
  	\`answer\` text,
  	\`source_message_id\` text(36),
  	\`review_state\` text DEFAULT 'draft',
  	\`author_id\` text(36),
  	\`approval_hash\` text,
  	\`approval_by_id\` text(36),
  	\`approval_at\` text,
  	\`review_findings\` text,
  	\`scheduled_publish_at\` text,
  	\`scheduled_by_id\` text(36),
  	\`schedule_note\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_site_idx\` ON \`faqs\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_category_idx\` ON \`faqs\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`faqs_source_message_idx\` ON \`faqs\` (\`source_message_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_state_idx\` ON \`faqs\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`faqs_author_idx\` ON \`faqs\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_approval_approval_by_idx\` ON \`faqs\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_scheduled_publish_at_idx\` ON \`faqs\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_scheduled_by_idx\` ON \`faqs\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_at_idx\` ON \`faqs\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_users_id_idx\` ON \`faqs_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question\` text,
  	\`version_site_id\` text(36),
  	\`version_category\` text,
  	\`version_answer\` text,
  	\`version_source_message_id\` text(36),
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_author_id\` text(36),
  	\`version_approval_hash\` text,
  	\`version_approval_by_id\` text(36),
  	\`version_approval_at\` text,
  	\`version_review_findings\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_scheduled_by_id\` text(36),
  	\`version_schedule_note\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_site_idx\` ON \`_faqs_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_category_idx\` ON \`_faqs_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_source_message_idx\` ON \`_faqs_v\` (\`version_source_message_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_state_idx\` ON \`_faqs_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_author_idx\` ON \`_faqs_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_approval_version_approval_by_idx\` ON \`_faqs_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_scheduled_publish_at_idx\` ON \`_faqs_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_scheduled_by_idx\` ON \`_faqs_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_at_idx\` ON \`_faqs_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_users_id_idx\` ON \`_faqs_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_order_idx\` ON \`surveys_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_options_parent_id_idx\` ON \`surveys_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`kind\` text DEFAULT 'single',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_order_idx\` ON \`surveys_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_parent_id_idx\` ON \`surveys_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`site_id\` text(36),
  	\`description\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`results_report\` text,
  	\`results_due_date\` text,
  	\`results_published_at\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`author_id\` text(36),
  	\`approval_hash\` text,
  	\`approval_by_id\` text(36),
  	\`approval_at\` text,
  	\`review_findings\` text,
  	\`scheduled_publish_at\` text,
  	\`scheduled_by_id\` text(36),
  	\`schedule_note\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_site_idx\` ON \`surveys\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_opens_at_idx\` ON \`surveys\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_closes_at_idx\` ON \`surveys\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_results_due_date_idx\` ON \`surveys\` (\`results_due_date\`);`)
  await db.run(sql`CREATE INDEX \`surveys_results_published_at_idx\` ON \`surveys\` (\`results_published_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_review_state_idx\` ON \`surveys\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`surveys_author_idx\` ON \`surveys\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_approval_approval_by_idx\` ON \`surveys\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_scheduled_publish_at_idx\` ON \`surveys\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_scheduled_by_idx\` ON \`surveys\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_published_at_idx\` ON \`surveys\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys__status_idx\` ON \`surveys\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`surveys_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_rels_order_idx\` ON \`surveys_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_parent_idx\` ON \`surveys_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_path_idx\` ON \`surveys_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`surveys_rels_users_id_idx\` ON \`surveys_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_options_order_idx\` ON \`_surveys_v_version_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_options_parent_id_idx\` ON \`_surveys_v_version_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`kind\` text DEFAULT 'single',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_order_idx\` ON \`_surveys_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_questions_parent_id_idx\` ON \`_surveys_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_site_id\` text(36),
  	\`version_description\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_results_report\` text,
  	\`version_results_due_date\` text,
  	\`version_results_published_at\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_author_id\` text(36),
  	\`version_approval_hash\` text,
  	\`version_approval_by_id\` text(36),
  	\`version_approval_at\` text,
  	\`version_review_findings\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_scheduled_by_id\` text(36),
  	\`version_schedule_note\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_parent_idx\` ON \`_surveys_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_site_idx\` ON \`_surveys_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_opens_at_idx\` ON \`_surveys_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_closes_at_idx\` ON \`_surveys_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_results_due_date_idx\` ON \`_surveys_v\` (\`version_results_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_results_published_at_idx\` ON \`_surveys_v\` (\`version_results_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_review_state_idx\` ON \`_surveys_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_author_idx\` ON \`_surveys_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_approval_version_approval_by_idx\` ON \`_surveys_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_scheduled_publish_at_idx\` ON \`_surveys_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_scheduled_by_idx\` ON \`_surveys_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_published_at_idx\` ON \`_surveys_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_updated_at_idx\` ON \`_surveys_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version_created_at_idx\` ON \`_surveys_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_version_version__status_idx\` ON \`_surveys_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_created_at_idx\` ON \`_surveys_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_updated_at_idx\` ON \`_surveys_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_latest_idx\` ON \`_surveys_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_surveys_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_surveys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_order_idx\` ON \`_surveys_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_parent_idx\` ON \`_surveys_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_path_idx\` ON \`_surveys_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_surveys_v_rels_users_id_idx\` ON \`_surveys_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`survey_id\` text(36) NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`answers\` text NOT NULL,
  	\`visitor_key_hash\` text,
  	\`client_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_survey_idx\` ON \`survey_responses\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_site_idx\` ON \`survey_responses\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_visitor_key_hash_idx\` ON \`survey_responses\` (\`visitor_key_hash\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_client_hash_idx\` ON \`survey_responses\` (\`client_hash\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_updated_at_idx\` ON \`survey_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_created_at_idx\` ON \`survey_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`error_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`contact\` text,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`handler_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`error_reports_site_idx\` ON \`error_reports\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`error_reports_state_idx\` ON \`error_reports\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`error_reports_updated_at_idx\` ON \`error_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`error_reports_created_at_idx\` ON \`error_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text DEFAULT 'holiday' NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_calendar_overrides_order_idx\` ON \`working_calendar_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_calendar_overrides_parent_id_idx\` ON \`working_calendar_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`messages_id\` text(36) REFERENCES messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`faqs_id\` text(36) REFERENCES faqs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`surveys_id\` text(36) REFERENCES surveys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_responses_id\` text(36) REFERENCES survey_responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`error_reports_id\` text(36) REFERENCES error_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_error_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`error_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`messages_rels\`;`)
  await db.run(sql`DROP TABLE \`_messages_v\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions_options\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`surveys_rels\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_questions_options\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v\`;`)
  await db.run(sql`DROP TABLE \`_surveys_v_rels\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`error_reports\`;`)
  await db.run(sql`DROP TABLE \`working_calendar_overrides\`;`)
  await db.run(sql`DROP TABLE \`working_calendar\`;`)
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
  	FOREIGN KEY (\`audit_logs_id\`) REFERENCES \`audit_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "audit_logs_id") SELECT "id", "order", "parent_id", "path", "users_id", "sites_id", "columns_id", "media_id", "articles_id", "policy_documents_id", "interpretations_id", "notices_id", "audit_logs_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_logs_id\`);`)
}
