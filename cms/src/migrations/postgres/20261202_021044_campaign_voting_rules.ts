import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "registration_requires_verified_participant" boolean DEFAULT false;
  ALTER TABLE "campaigns" ADD COLUMN "voting_enabled" boolean DEFAULT false;
  ALTER TABLE "campaigns" ADD COLUMN "voting_requires_verified_participant" boolean DEFAULT true;
  ALTER TABLE "campaigns" ADD COLUMN "voting_per_participant_per_day" numeric DEFAULT 10;
  ALTER TABLE "campaigns" ADD COLUMN "voting_per_candidate_per_day" numeric DEFAULT 1;
  ALTER TABLE "campaigns" ADD COLUMN "voting_per_participant_per_round" numeric;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_registration_requires_verified_participant" boolean DEFAULT false;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_enabled" boolean DEFAULT false;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_requires_verified_participant" boolean DEFAULT true;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_per_participant_per_day" numeric DEFAULT 10;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_per_candidate_per_day" numeric DEFAULT 1;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_per_participant_per_round" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "registration_requires_verified_participant";
  ALTER TABLE "campaigns" DROP COLUMN "voting_enabled";
  ALTER TABLE "campaigns" DROP COLUMN "voting_requires_verified_participant";
  ALTER TABLE "campaigns" DROP COLUMN "voting_per_participant_per_day";
  ALTER TABLE "campaigns" DROP COLUMN "voting_per_candidate_per_day";
  ALTER TABLE "campaigns" DROP COLUMN "voting_per_participant_per_round";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_registration_requires_verified_participant";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_enabled";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_requires_verified_participant";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_per_participant_per_day";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_per_candidate_per_day";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_per_participant_per_round";`)
}
