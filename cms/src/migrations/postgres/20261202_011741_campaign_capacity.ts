import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "registration_capacity" numeric;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_registration_capacity" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "registration_capacity";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_registration_capacity";`)
}
