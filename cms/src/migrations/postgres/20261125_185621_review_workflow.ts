import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__campaigns_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_model_workers_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__model_workers_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_innovation_studios_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__innovation_studios_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_books_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__books_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_reading_events_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__reading_events_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_story_calls_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__story_calls_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_contests_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__contests_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_contestants_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__contestants_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_quizzes_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__quizzes_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_quiz_questions_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__quiz_questions_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_enterprises_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__enterprises_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_news_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__news_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_pages_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__pages_v_version_review_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'return');
  CREATE TYPE "public"."enum_audit_log_from_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_audit_log_to_state" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"actor_email" varchar,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"from_state" "enum_audit_log_from_state" NOT NULL,
  	"to_state" "enum_audit_log_to_state" NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "campaigns" ADD COLUMN "review_state" "enum_campaigns_review_state" DEFAULT 'draft';
  ALTER TABLE "campaigns" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_state" "enum__campaigns_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "model_workers" ADD COLUMN "review_state" "enum_model_workers_review_state" DEFAULT 'draft';
  ALTER TABLE "model_workers" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "model_workers" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_review_state" "enum__model_workers_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "innovation_studios" ADD COLUMN "review_state" "enum_innovation_studios_review_state" DEFAULT 'draft';
  ALTER TABLE "innovation_studios" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "innovation_studios" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_review_state" "enum__innovation_studios_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_innovation_studios_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "books" ADD COLUMN "review_state" "enum_books_review_state" DEFAULT 'draft';
  ALTER TABLE "books" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "books" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_books_v" ADD COLUMN "version_review_state" "enum__books_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_books_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_books_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "reading_events" ADD COLUMN "review_state" "enum_reading_events_review_state" DEFAULT 'draft';
  ALTER TABLE "reading_events" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "reading_events" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_review_state" "enum__reading_events_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_reading_events_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "story_calls" ADD COLUMN "review_state" "enum_story_calls_review_state" DEFAULT 'draft';
  ALTER TABLE "story_calls" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "story_calls" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_review_state" "enum__story_calls_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_story_calls_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "contests" ADD COLUMN "review_state" "enum_contests_review_state" DEFAULT 'draft';
  ALTER TABLE "contests" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "contests" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_contests_v" ADD COLUMN "version_review_state" "enum__contests_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_contests_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_contests_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "contestants" ADD COLUMN "review_state" "enum_contestants_review_state" DEFAULT 'draft';
  ALTER TABLE "contestants" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "contestants" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_contestants_v" ADD COLUMN "version_review_state" "enum__contestants_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_contestants_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_contestants_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "quizzes" ADD COLUMN "review_state" "enum_quizzes_review_state" DEFAULT 'draft';
  ALTER TABLE "quizzes" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "quizzes" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_review_state" "enum__quizzes_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "quiz_questions" ADD COLUMN "review_state" "enum_quiz_questions_review_state" DEFAULT 'draft';
  ALTER TABLE "quiz_questions" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "quiz_questions" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_review_state" "enum__quiz_questions_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_quiz_questions_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "enterprises" ADD COLUMN "review_state" "enum_enterprises_review_state" DEFAULT 'draft';
  ALTER TABLE "enterprises" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "enterprises" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_review_state" "enum__enterprises_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_enterprises_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_state" "enum_news_review_state" DEFAULT 'draft';
  ALTER TABLE "news" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "news" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_state" "enum__news_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_state" "enum_pages_review_state" DEFAULT 'draft';
  ALTER TABLE "pages" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "pages" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_state" "enum__pages_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "innovation_studios" ADD CONSTRAINT "innovation_studios_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_studios_v" ADD CONSTRAINT "_innovation_studios_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "books" ADD CONSTRAINT "books_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_books_v" ADD CONSTRAINT "_books_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reading_events" ADD CONSTRAINT "reading_events_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reading_events_v" ADD CONSTRAINT "_reading_events_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "story_calls" ADD CONSTRAINT "story_calls_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_story_calls_v" ADD CONSTRAINT "_story_calls_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contests_v" ADD CONSTRAINT "_contests_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contestants" ADD CONSTRAINT "contestants_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contestants_v" ADD CONSTRAINT "_contestants_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_questions" ADD CONSTRAINT "quiz_questions_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quiz_questions_v" ADD CONSTRAINT "_quiz_questions_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_enterprises_v" ADD CONSTRAINT "_enterprises_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_review_review_submitted_by_idx" ON "campaigns" USING btree ("review_submitted_by_id");
  CREATE INDEX "_campaigns_v_version_review_version_review_submitted_by_idx" ON "_campaigns_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "model_workers_review_review_submitted_by_idx" ON "model_workers" USING btree ("review_submitted_by_id");
  CREATE INDEX "_model_workers_v_version_review_version_review_submitted_idx" ON "_model_workers_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "innovation_studios_review_review_submitted_by_idx" ON "innovation_studios" USING btree ("review_submitted_by_id");
  CREATE INDEX "_innovation_studios_v_version_review_version_review_subm_idx" ON "_innovation_studios_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "books_review_review_submitted_by_idx" ON "books" USING btree ("review_submitted_by_id");
  CREATE INDEX "_books_v_version_review_version_review_submitted_by_idx" ON "_books_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "reading_events_review_review_submitted_by_idx" ON "reading_events" USING btree ("review_submitted_by_id");
  CREATE INDEX "_reading_events_v_version_review_version_review_submitte_idx" ON "_reading_events_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "story_calls_review_review_submitted_by_idx" ON "story_calls" USING btree ("review_submitted_by_id");
  CREATE INDEX "_story_calls_v_version_review_version_review_submitted_b_idx" ON "_story_calls_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "contests_review_review_submitted_by_idx" ON "contests" USING btree ("review_submitted_by_id");
  CREATE INDEX "_contests_v_version_review_version_review_submitted_by_idx" ON "_contests_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "contestants_review_review_submitted_by_idx" ON "contestants" USING btree ("review_submitted_by_id");
  CREATE INDEX "_contestants_v_version_review_version_review_submitted_b_idx" ON "_contestants_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "quizzes_review_review_submitted_by_idx" ON "quizzes" USING btree ("review_submitted_by_id");
  CREATE INDEX "_quizzes_v_version_review_version_review_submitted_by_idx" ON "_quizzes_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "quiz_questions_review_review_submitted_by_idx" ON "quiz_questions" USING btree ("review_submitted_by_id");
  CREATE INDEX "_quiz_questions_v_version_review_version_review_submitte_idx" ON "_quiz_questions_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "enterprises_review_review_submitted_by_idx" ON "enterprises" USING btree ("review_submitted_by_id");
  CREATE INDEX "_enterprises_v_version_review_version_review_submitted_b_idx" ON "_enterprises_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "news_review_review_submitted_by_idx" ON "news" USING btree ("review_submitted_by_id");
  CREATE INDEX "_news_v_version_review_version_review_submitted_by_idx" ON "_news_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "pages_review_review_submitted_by_idx" ON "pages" USING btree ("review_submitted_by_id");
  CREATE INDEX "_pages_v_version_review_version_review_submitted_by_idx" ON "_pages_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "model_workers" DROP CONSTRAINT "model_workers_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_model_workers_v" DROP CONSTRAINT "_model_workers_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "innovation_studios" DROP CONSTRAINT "innovation_studios_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_innovation_studios_v" DROP CONSTRAINT "_innovation_studios_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "books" DROP CONSTRAINT "books_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_books_v" DROP CONSTRAINT "_books_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "reading_events" DROP CONSTRAINT "reading_events_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_reading_events_v" DROP CONSTRAINT "_reading_events_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "story_calls" DROP CONSTRAINT "story_calls_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_story_calls_v" DROP CONSTRAINT "_story_calls_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "contests" DROP CONSTRAINT "contests_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_contests_v" DROP CONSTRAINT "_contests_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "contestants" DROP CONSTRAINT "contestants_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_contestants_v" DROP CONSTRAINT "_contestants_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_quizzes_v" DROP CONSTRAINT "_quizzes_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "quiz_questions" DROP CONSTRAINT "quiz_questions_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_quiz_questions_v" DROP CONSTRAINT "_quiz_questions_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "enterprises" DROP CONSTRAINT "enterprises_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_enterprises_v" DROP CONSTRAINT "_enterprises_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "campaigns_review_review_submitted_by_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "model_workers_review_review_submitted_by_idx";
  DROP INDEX "_model_workers_v_version_review_version_review_submitted_idx";
  DROP INDEX "innovation_studios_review_review_submitted_by_idx";
  DROP INDEX "_innovation_studios_v_version_review_version_review_subm_idx";
  DROP INDEX "books_review_review_submitted_by_idx";
  DROP INDEX "_books_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "reading_events_review_review_submitted_by_idx";
  DROP INDEX "_reading_events_v_version_review_version_review_submitte_idx";
  DROP INDEX "story_calls_review_review_submitted_by_idx";
  DROP INDEX "_story_calls_v_version_review_version_review_submitted_b_idx";
  DROP INDEX "contests_review_review_submitted_by_idx";
  DROP INDEX "_contests_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "contestants_review_review_submitted_by_idx";
  DROP INDEX "_contestants_v_version_review_version_review_submitted_b_idx";
  DROP INDEX "quizzes_review_review_submitted_by_idx";
  DROP INDEX "_quizzes_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "quiz_questions_review_review_submitted_by_idx";
  DROP INDEX "_quiz_questions_v_version_review_version_review_submitte_idx";
  DROP INDEX "enterprises_review_review_submitted_by_idx";
  DROP INDEX "_enterprises_v_version_review_version_review_submitted_b_idx";
  DROP INDEX "news_review_review_submitted_by_idx";
  DROP INDEX "_news_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "pages_review_review_submitted_by_idx";
  DROP INDEX "_pages_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "campaigns" DROP COLUMN "review_state";
  ALTER TABLE "campaigns" DROP COLUMN "review_comment";
  ALTER TABLE "campaigns" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "model_workers" DROP COLUMN "review_state";
  ALTER TABLE "model_workers" DROP COLUMN "review_comment";
  ALTER TABLE "model_workers" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "innovation_studios" DROP COLUMN "review_state";
  ALTER TABLE "innovation_studios" DROP COLUMN "review_comment";
  ALTER TABLE "innovation_studios" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_innovation_studios_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "books" DROP COLUMN "review_state";
  ALTER TABLE "books" DROP COLUMN "review_comment";
  ALTER TABLE "books" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_books_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_books_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_books_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "reading_events" DROP COLUMN "review_state";
  ALTER TABLE "reading_events" DROP COLUMN "review_comment";
  ALTER TABLE "reading_events" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_reading_events_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "story_calls" DROP COLUMN "review_state";
  ALTER TABLE "story_calls" DROP COLUMN "review_comment";
  ALTER TABLE "story_calls" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_story_calls_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "contests" DROP COLUMN "review_state";
  ALTER TABLE "contests" DROP COLUMN "review_comment";
  ALTER TABLE "contests" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_contests_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_contests_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_contests_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "contestants" DROP COLUMN "review_state";
  ALTER TABLE "contestants" DROP COLUMN "review_comment";
  ALTER TABLE "contestants" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_contestants_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "quizzes" DROP COLUMN "review_state";
  ALTER TABLE "quizzes" DROP COLUMN "review_comment";
  ALTER TABLE "quizzes" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "quiz_questions" DROP COLUMN "review_state";
  ALTER TABLE "quiz_questions" DROP COLUMN "review_comment";
  ALTER TABLE "quiz_questions" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_quiz_questions_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "enterprises" DROP COLUMN "review_state";
  ALTER TABLE "enterprises" DROP COLUMN "review_comment";
  ALTER TABLE "enterprises" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_enterprises_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "news" DROP COLUMN "review_state";
  ALTER TABLE "news" DROP COLUMN "review_comment";
  ALTER TABLE "news" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_state";
  ALTER TABLE "pages" DROP COLUMN "review_comment";
  ALTER TABLE "pages" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_campaigns_review_state";
  DROP TYPE "public"."enum__campaigns_v_version_review_state";
  DROP TYPE "public"."enum_model_workers_review_state";
  DROP TYPE "public"."enum__model_workers_v_version_review_state";
  DROP TYPE "public"."enum_innovation_studios_review_state";
  DROP TYPE "public"."enum__innovation_studios_v_version_review_state";
  DROP TYPE "public"."enum_books_review_state";
  DROP TYPE "public"."enum__books_v_version_review_state";
  DROP TYPE "public"."enum_reading_events_review_state";
  DROP TYPE "public"."enum__reading_events_v_version_review_state";
  DROP TYPE "public"."enum_story_calls_review_state";
  DROP TYPE "public"."enum__story_calls_v_version_review_state";
  DROP TYPE "public"."enum_contests_review_state";
  DROP TYPE "public"."enum__contests_v_version_review_state";
  DROP TYPE "public"."enum_contestants_review_state";
  DROP TYPE "public"."enum__contestants_v_version_review_state";
  DROP TYPE "public"."enum_quizzes_review_state";
  DROP TYPE "public"."enum__quizzes_v_version_review_state";
  DROP TYPE "public"."enum_quiz_questions_review_state";
  DROP TYPE "public"."enum__quiz_questions_v_version_review_state";
  DROP TYPE "public"."enum_enterprises_review_state";
  DROP TYPE "public"."enum__enterprises_v_version_review_state";
  DROP TYPE "public"."enum_news_review_state";
  DROP TYPE "public"."enum__news_v_version_review_state";
  DROP TYPE "public"."enum_pages_review_state";
  DROP TYPE "public"."enum__pages_v_version_review_state";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_from_state";
  DROP TYPE "public"."enum_audit_log_to_state";`)
}
