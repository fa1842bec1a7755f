import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`registration_requires_verified_participant\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_requires_verified_participant\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_per_participant_per_day\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_per_candidate_per_day\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_per_participant_per_round\` numeric;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_registration_requires_verified_participant\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_requires_verified_participant\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_per_participant_per_day\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_per_candidate_per_day\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_per_participant_per_round\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`registration_requires_verified_participant\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_enabled\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_requires_verified_participant\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_per_participant_per_day\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_per_candidate_per_day\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_per_participant_per_round\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_registration_requires_verified_participant\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_requires_verified_participant\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_per_participant_per_day\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_per_candidate_per_day\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_per_participant_per_round\`;`)
}
