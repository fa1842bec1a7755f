import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "campaigns_voting_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contestants_id" integer,
  	"model_workers_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_voting_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contestants_id" integer,
  	"model_workers_id" integer
  );
  
  ALTER TABLE "campaigns" ADD COLUMN "voting_flag_votes_per_minute" numeric;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_voting_flag_votes_per_minute" numeric;
  ALTER TABLE "campaigns_voting_rounds" ADD CONSTRAINT "campaigns_voting_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_contestants_fk" FOREIGN KEY ("contestants_id") REFERENCES "public"."contestants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_voting_rounds" ADD CONSTRAINT "_campaigns_v_version_voting_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_contestants_fk" FOREIGN KEY ("contestants_id") REFERENCES "public"."contestants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_voting_rounds_order_idx" ON "campaigns_voting_rounds" USING btree ("_order");
  CREATE INDEX "campaigns_voting_rounds_parent_id_idx" ON "campaigns_voting_rounds" USING btree ("_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_contestants_id_idx" ON "campaigns_rels" USING btree ("contestants_id");
  CREATE INDEX "campaigns_rels_model_workers_id_idx" ON "campaigns_rels" USING btree ("model_workers_id");
  CREATE INDEX "_campaigns_v_version_voting_rounds_order_idx" ON "_campaigns_v_version_voting_rounds" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_voting_rounds_parent_id_idx" ON "_campaigns_v_version_voting_rounds" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_contestants_id_idx" ON "_campaigns_v_rels" USING btree ("contestants_id");
  CREATE INDEX "_campaigns_v_rels_model_workers_id_idx" ON "_campaigns_v_rels" USING btree ("model_workers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "campaigns_voting_rounds" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_voting_rounds" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  ALTER TABLE "campaigns" DROP COLUMN "voting_flag_votes_per_minute";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_voting_flag_votes_per_minute";`)
}
