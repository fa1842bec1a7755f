import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export-registrations';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export-votes';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'check-in';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'void-vote';
  ALTER TABLE "audit_log" ALTER COLUMN "from_state" DROP NOT NULL;
  ALTER TABLE "audit_log" ALTER COLUMN "to_state" DROP NOT NULL;
  ALTER TABLE "users" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "users" ADD COLUMN "api_key" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_index" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "row_count" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "phones_revealed" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'return', 'scheduled-publish', 'scheduled-unpublish');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "audit_log" ALTER COLUMN "from_state" SET NOT NULL;
  ALTER TABLE "audit_log" ALTER COLUMN "to_state" SET NOT NULL;
  ALTER TABLE "users" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "users" DROP COLUMN "api_key";
  ALTER TABLE "users" DROP COLUMN "api_key_index";
  ALTER TABLE "audit_log" DROP COLUMN "row_count";
  ALTER TABLE "audit_log" DROP COLUMN "phones_revealed";`)
}
