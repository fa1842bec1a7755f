import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_site" AS ENUM('portal');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('queued', 'building', 'live', 'superseded', 'failed');
  CREATE TYPE "public"."enum_site_builds_trigger" AS ENUM('content', 'manual', 'recovery');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'buildSite');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'buildSite');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'scheduled-publish';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'scheduled-unpublish';
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site" "enum_site_builds_site" NOT NULL,
  	"status" "enum_site_builds_status" DEFAULT 'queued' NOT NULL,
  	"summary" varchar,
  	"trigger" "enum_site_builds_trigger" NOT NULL,
  	"requested_by_id" integer,
  	"changes" jsonb,
  	"not_before" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"release" varchar,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "campaigns" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "model_workers" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "model_workers" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "model_workers" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "innovation_studios" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "innovation_studios" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "innovation_studios" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "books" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "books" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "books" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_books_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_books_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_books_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "reading_events" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "reading_events" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "reading_events" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "story_calls" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "story_calls" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "story_calls" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "contests" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "contests" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "contests" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_contests_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_contests_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_contests_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "contestants" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "contestants" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "contestants" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_contestants_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_contestants_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_contestants_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "quizzes" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "quizzes" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "quizzes" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "quiz_questions" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "quiz_questions" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "quiz_questions" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "enterprises" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "enterprises" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "enterprises" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "audit_log" ADD COLUMN "collection_label" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "site_builds" ADD CONSTRAINT "site_builds_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_builds_site_idx" ON "site_builds" USING btree ("site");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_requested_by_idx" ON "site_builds" USING btree ("requested_by_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'return');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  ALTER TABLE "campaigns" DROP COLUMN "publish_at";
  ALTER TABLE "campaigns" DROP COLUMN "unpublish_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_approved_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "model_workers" DROP COLUMN "publish_at";
  ALTER TABLE "model_workers" DROP COLUMN "unpublish_at";
  ALTER TABLE "model_workers" DROP COLUMN "review_approved_at";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "innovation_studios" DROP COLUMN "publish_at";
  ALTER TABLE "innovation_studios" DROP COLUMN "unpublish_at";
  ALTER TABLE "innovation_studios" DROP COLUMN "review_approved_at";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "books" DROP COLUMN "publish_at";
  ALTER TABLE "books" DROP COLUMN "unpublish_at";
  ALTER TABLE "books" DROP COLUMN "review_approved_at";
  ALTER TABLE "_books_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_books_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_books_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "reading_events" DROP COLUMN "publish_at";
  ALTER TABLE "reading_events" DROP COLUMN "unpublish_at";
  ALTER TABLE "reading_events" DROP COLUMN "review_approved_at";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "story_calls" DROP COLUMN "publish_at";
  ALTER TABLE "story_calls" DROP COLUMN "unpublish_at";
  ALTER TABLE "story_calls" DROP COLUMN "review_approved_at";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "contests" DROP COLUMN "publish_at";
  ALTER TABLE "contests" DROP COLUMN "unpublish_at";
  ALTER TABLE "contests" DROP COLUMN "review_approved_at";
  ALTER TABLE "_contests_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_contests_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_contests_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "contestants" DROP COLUMN "publish_at";
  ALTER TABLE "contestants" DROP COLUMN "unpublish_at";
  ALTER TABLE "contestants" DROP COLUMN "review_approved_at";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "quizzes" DROP COLUMN "publish_at";
  ALTER TABLE "quizzes" DROP COLUMN "unpublish_at";
  ALTER TABLE "quizzes" DROP COLUMN "review_approved_at";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "quiz_questions" DROP COLUMN "publish_at";
  ALTER TABLE "quiz_questions" DROP COLUMN "unpublish_at";
  ALTER TABLE "quiz_questions" DROP COLUMN "review_approved_at";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "enterprises" DROP COLUMN "publish_at";
  ALTER TABLE "enterprises" DROP COLUMN "unpublish_at";
  ALTER TABLE "enterprises" DROP COLUMN "review_approved_at";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "news" DROP COLUMN "publish_at";
  ALTER TABLE "news" DROP COLUMN "unpublish_at";
  ALTER TABLE "news" DROP COLUMN "review_approved_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "pages" DROP COLUMN "publish_at";
  ALTER TABLE "pages" DROP COLUMN "unpublish_at";
  ALTER TABLE "pages" DROP COLUMN "review_approved_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "audit_log" DROP COLUMN "collection_label";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  DROP TYPE "public"."enum_site_builds_site";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_site_builds_trigger";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
