import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_site_builds_site" ADD VALUE 'model-workers';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ALTER COLUMN "site" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_builds_site";
  CREATE TYPE "public"."enum_site_builds_site" AS ENUM('portal');
  ALTER TABLE "site_builds" ALTER COLUMN "site" SET DATA TYPE "public"."enum_site_builds_site" USING "site"::"public"."enum_site_builds_site";`)
}
