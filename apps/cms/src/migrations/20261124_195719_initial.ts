import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_site_roles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`role\` text NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_site_roles_order_idx\` ON \`users_site_roles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_site_roles_parent_id_idx\` ON \`users_site_roles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_site_roles_site_idx\` ON \`users_site_roles\` (\`site_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`platform_role\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`sites\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'city-portal' NOT NULL,
  	\`parent_id\` text(36),
  	\`english_domain\` text NOT NULL,
  	\`chinese_domain\` text,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`site_code\` text,
  	\`icp_number\` text,
  	\`security_record_number\` text,
  	\`host_organization\` text,
  	\`operator_organization\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`credit_code\` text,
  	\`index_number_pattern\` text DEFAULT '{creditCode}/{year}-{serial:5}',
  	\`mourning_mode\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_slug_idx\` ON \`sites\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sites_parent_idx\` ON \`sites\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_english_domain_idx\` ON \`sites\` (\`english_domain\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_chinese_domain_idx\` ON \`sites\` (\`chinese_domain\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`parent_id\` text(36),
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`order\` numeric DEFAULT 0,
  	\`show_on_homepage\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_site_idx\` ON \`columns\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_parent_idx\` ON \`columns\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_site_idx\` ON \`media\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`site_id\` text(36),
  	\`column_id\` text(36),
  	\`summary\` text,
  	\`body\` text,
  	\`source\` text,
  	\`byline\` text,
  	\`cover_id\` text(36),
  	\`slug\` text,
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
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_site_idx\` ON \`articles\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_column_idx\` ON \`articles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_by_idx\` ON \`articles\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_scheduled_publish_at_idx\` ON \`articles\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_scheduled_by_idx\` ON \`articles\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_site_id\` text(36),
  	\`version_column_id\` text(36),
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_source\` text,
  	\`version_byline\` text,
  	\`version_cover_id\` text(36),
  	\`version_slug\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_site_idx\` ON \`_articles_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_column_idx\` ON \`_articles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_by_idx\` ON \`_articles_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_scheduled_publish_at_idx\` ON \`_articles_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_scheduled_by_idx\` ON \`_articles_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`site_id\` text(36),
  	\`column_id\` text(36),
  	\`document_number\` text,
  	\`issuing_agency\` text,
  	\`topic\` text,
  	\`written_on\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`superseded_by_id\` text(36),
  	\`important\` integer DEFAULT false,
  	\`body\` text,
  	\`index_number\` text,
  	\`index_year\` numeric,
  	\`index_serial\` numeric,
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
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_site_idx\` ON \`policy_documents\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_column_idx\` ON \`policy_documents\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_superseded_by_idx\` ON \`policy_documents\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_index_number_idx\` ON \`policy_documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_index_year_idx\` ON \`policy_documents\` (\`index_year\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_review_state_idx\` ON \`policy_documents\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_author_idx\` ON \`policy_documents\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_approval_approval_by_idx\` ON \`policy_documents\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_scheduled_publish_at_idx\` ON \`policy_documents\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_scheduled_by_idx\` ON \`policy_documents\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_published_at_idx\` ON \`policy_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents__status_idx\` ON \`policy_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_texts_order_parent\` ON \`policy_documents_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_order_idx\` ON \`policy_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_parent_idx\` ON \`policy_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_path_idx\` ON \`policy_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_media_id_idx\` ON \`policy_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_users_id_idx\` ON \`policy_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_site_id\` text(36),
  	\`version_column_id\` text(36),
  	\`version_document_number\` text,
  	\`version_issuing_agency\` text,
  	\`version_topic\` text,
  	\`version_written_on\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_superseded_by_id\` text(36),
  	\`version_important\` integer DEFAULT false,
  	\`version_body\` text,
  	\`version_index_number\` text,
  	\`version_index_year\` numeric,
  	\`version_index_serial\` numeric,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_superseded_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_parent_idx\` ON \`_policy_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_site_idx\` ON \`_policy_documents_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_column_idx\` ON \`_policy_documents_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_superseded_by_idx\` ON \`_policy_documents_v\` (\`version_superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_index_number_idx\` ON \`_policy_documents_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_index_year_idx\` ON \`_policy_documents_v\` (\`version_index_year\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_review_state_idx\` ON \`_policy_documents_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_author_idx\` ON \`_policy_documents_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_approval_version_approval_by_idx\` ON \`_policy_documents_v\` (\`version_approval_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_policy_documents_v_version_version_scheduled_publish_at_idx\` ON \`_policy_documents_v\` (\`version_scheduled_publish_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_scheduled_by_idx\` ON \`_policy_documents_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_published_at_idx\` ON \`_policy_documents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_updated_at_idx\` ON \`_policy_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_created_at_idx\` ON \`_policy_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version__status_idx\` ON \`_policy_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_created_at_idx\` ON \`_policy_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_updated_at_idx\` ON \`_policy_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_latest_idx\` ON \`_policy_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_texts_order_parent\` ON \`_policy_documents_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_order_idx\` ON \`_policy_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_parent_idx\` ON \`_policy_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_path_idx\` ON \`_policy_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_media_id_idx\` ON \`_policy_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_users_id_idx\` ON \`_policy_documents_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`site_id\` text(36),
  	\`column_id\` text(36),
  	\`form\` text DEFAULT 'text',
  	\`body\` text,
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
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_site_idx\` ON \`interpretations\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_column_idx\` ON \`interpretations\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_review_state_idx\` ON \`interpretations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_approval_approval_by_idx\` ON \`interpretations\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_scheduled_publish_at_idx\` ON \`interpretations\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_scheduled_by_idx\` ON \`interpretations\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_policy_documents_id_idx\` ON \`interpretations_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_users_id_idx\` ON \`interpretations_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_site_id\` text(36),
  	\`version_column_id\` text(36),
  	\`version_form\` text DEFAULT 'text',
  	\`version_body\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_site_idx\` ON \`_interpretations_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_column_idx\` ON \`_interpretations_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_review_state_idx\` ON \`_interpretations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_author_idx\` ON \`_interpretations_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_approval_version_approval_by_idx\` ON \`_interpretations_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_scheduled_publish_at_idx\` ON \`_interpretations_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_scheduled_by_idx\` ON \`_interpretations_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_policy_documents_id_idx\` ON \`_interpretations_v_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_users_id_idx\` ON \`_interpretations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`notices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`site_id\` text(36),
  	\`column_id\` text(36),
  	\`kind\` text DEFAULT 'general',
  	\`moved_to\` text,
  	\`body\` text,
  	\`pinned\` integer DEFAULT false,
  	\`pinned_from\` text,
  	\`pinned_until\` text,
  	\`first_published_at\` text,
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
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_site_idx\` ON \`notices\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_column_idx\` ON \`notices\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_first_published_at_idx\` ON \`notices\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_state_idx\` ON \`notices\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`notices_author_idx\` ON \`notices\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_approval_approval_by_idx\` ON \`notices\` (\`approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_scheduled_publish_at_idx\` ON \`notices\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_scheduled_by_idx\` ON \`notices\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_published_at_idx\` ON \`notices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices__status_idx\` ON \`notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_rels_order_idx\` ON \`notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_parent_idx\` ON \`notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_path_idx\` ON \`notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_media_id_idx\` ON \`notices_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_rels_users_id_idx\` ON \`notices_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_site_id\` text(36),
  	\`version_column_id\` text(36),
  	\`version_kind\` text DEFAULT 'general',
  	\`version_moved_to\` text,
  	\`version_body\` text,
  	\`version_pinned\` integer DEFAULT false,
  	\`version_pinned_from\` text,
  	\`version_pinned_until\` text,
  	\`version_first_published_at\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_parent_idx\` ON \`_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_site_idx\` ON \`_notices_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_column_idx\` ON \`_notices_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_first_published_at_idx\` ON \`_notices_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_review_state_idx\` ON \`_notices_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_author_idx\` ON \`_notices_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_approval_version_approval_by_idx\` ON \`_notices_v\` (\`version_approval_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_scheduled_publish_at_idx\` ON \`_notices_v\` (\`version_scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_scheduled_by_idx\` ON \`_notices_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_published_at_idx\` ON \`_notices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_updated_at_idx\` ON \`_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_created_at_idx\` ON \`_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version__status_idx\` ON \`_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_created_at_idx\` ON \`_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_updated_at_idx\` ON \`_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_latest_idx\` ON \`_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_order_idx\` ON \`_notices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_parent_idx\` ON \`_notices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_path_idx\` ON \`_notices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_media_id_idx\` ON \`_notices_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_rels_users_id_idx\` ON \`_notices_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_logs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`at\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`actor_roles\` text,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`site_id\` text(36),
  	\`from_state\` text,
  	\`to_state\` text,
  	\`content_hash\` text,
  	\`comment\` text,
  	\`findings\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_logs_at_idx\` ON \`audit_logs\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_actor_idx\` ON \`audit_logs\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_action_idx\` ON \`audit_logs\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_target_collection_idx\` ON \`audit_logs\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_document_id_idx\` ON \`audit_logs\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_site_idx\` ON \`audit_logs\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_updated_at_idx\` ON \`audit_logs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_logs_created_at_idx\` ON \`audit_logs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_check_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`gambling\` text DEFAULT '网上赌场
  在线赌场
  网络赌场
  澳门赌场
  真人赌场
  赌场开户
  博彩网站
  博彩平台
  娱乐城开户
  真人荷官
  彩票代购
  彩票投注网站
  投注平台
  六合彩
  6合彩
  百家乐
  时时彩
  老虎机
  首存送彩金',
  	\`advertising\` text DEFAULT '代理加盟
  加盟代理
  低价促销
  限时抢购
  全网最低价
  厂家直销
  卫星电视安装
  微信加好友
  加微信咨询
  刷单日结
  日赚千元
  贷款秒批
  秒批贷款
  黑户可贷
  无视征信',
  	\`pornography\` text DEFAULT '约炮
  一夜情
  援交
  午夜福利
  成人视频
  激情视频
  黄色视频
  裸聊交友
  小姐上门',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_site_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_texts\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`DROP TABLE \`notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_logs\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`content_check_settings\`;`)
}
