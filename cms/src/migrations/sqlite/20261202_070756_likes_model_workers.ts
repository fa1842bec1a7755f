import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns_voting_rounds\` ADD \`candidate_source\` text DEFAULT 'selected';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_voting_rounds\` ADD \`candidate_source\` text DEFAULT 'selected';`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`featured\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`model_workers_featured_idx\` ON \`model_workers\` (\`featured\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_featured\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_featured_idx\` ON \`_model_workers_v\` (\`version_featured\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`model_workers_featured_idx\`;`)
  await db.run(sql`ALTER TABLE \`model_workers\` DROP COLUMN \`featured\`;`)
  await db.run(sql`DROP INDEX \`_model_workers_v_version_version_featured_idx\`;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` DROP COLUMN \`version_featured\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_voting_rounds\` DROP COLUMN \`candidate_source\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_voting_rounds\` DROP COLUMN \`candidate_source\`;`)
}
