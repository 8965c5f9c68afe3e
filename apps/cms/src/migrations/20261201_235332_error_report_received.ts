import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Error reports get `received_at`, set from the CMS clock on receipt (R-ERROR-REPORT). SQLite adds
 * a NOT NULL column only with a default; reports received before this migration take their
 * `created_at`, the only receipt time they have.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`error_reports\` ADD \`received_at\` text NOT NULL DEFAULT '';`)
  await db.run(sql`UPDATE \`error_reports\` SET \`received_at\` = \`created_at\`;`)
  await db.run(sql`CREATE INDEX \`error_reports_received_at_idx\` ON \`error_reports\` (\`received_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`error_reports_received_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`error_reports\` DROP COLUMN \`received_at\`;`)
}
