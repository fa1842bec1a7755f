import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_voting_rounds_candidate_source" AS ENUM('selected', 'all-model-workers');
  CREATE TYPE "public"."enum__campaigns_v_version_voting_rounds_candidate_source" AS ENUM('selected', 'all-model-workers');
  ALTER TABLE "campaigns_voting_rounds" ADD COLUMN "candidate_source" "enum_campaigns_voting_rounds_candidate_source" DEFAULT 'selected';
  ALTER TABLE "_campaigns_v_version_voting_rounds" ADD COLUMN "candidate_source" "enum__campaigns_v_version_voting_rounds_candidate_source" DEFAULT 'selected';
  ALTER TABLE "model_workers" ADD COLUMN "featured" boolean DEFAULT false;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_featured" boolean DEFAULT false;
  CREATE INDEX "model_workers_featured_idx" ON "model_workers" USING btree ("featured");
  CREATE INDEX "_model_workers_v_version_version_featured_idx" ON "_model_workers_v" USING btree ("version_featured");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "model_workers_featured_idx";
  DROP INDEX "_model_workers_v_version_version_featured_idx";
  ALTER TABLE "campaigns_voting_rounds" DROP COLUMN "candidate_source";
  ALTER TABLE "_campaigns_v_version_voting_rounds" DROP COLUMN "candidate_source";
  ALTER TABLE "model_workers" DROP COLUMN "featured";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_featured";
  DROP TYPE "public"."enum_campaigns_voting_rounds_candidate_source";
  DROP TYPE "public"."enum__campaigns_v_version_voting_rounds_candidate_source";`)
}
