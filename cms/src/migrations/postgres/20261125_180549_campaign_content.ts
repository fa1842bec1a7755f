import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_model_workers_honors_level" AS ENUM('national', 'provincial', 'municipal');
  CREATE TYPE "public"."enum_model_workers_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_model_workers_industry" AS ENUM('manufacturing', 'electronics', 'construction', 'transport', 'energy', 'healthcare', 'education', 'textiles', 'chemicals', 'commerce', 'public-service', 'agriculture');
  CREATE TYPE "public"."enum_model_workers_district" AS ENUM('gusu', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'sip', 'changshu', 'zhangjiagang', 'kunshan', 'taicang');
  CREATE TYPE "public"."enum_model_workers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__model_workers_v_version_honors_level" AS ENUM('national', 'provincial', 'municipal');
  CREATE TYPE "public"."enum__model_workers_v_version_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum__model_workers_v_version_industry" AS ENUM('manufacturing', 'electronics', 'construction', 'transport', 'energy', 'healthcare', 'education', 'textiles', 'chemicals', 'commerce', 'public-service', 'agriculture');
  CREATE TYPE "public"."enum__model_workers_v_version_district" AS ENUM('gusu', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'sip', 'changshu', 'zhangjiagang', 'kunshan', 'taicang');
  CREATE TYPE "public"."enum__model_workers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_innovation_studios_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__innovation_studios_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_books_category" AS ENUM('spirit-of-the-times', 'skills', 'family-life', 'literary-classics', 'science-health');
  CREATE TYPE "public"."enum_books_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__books_v_version_category" AS ENUM('spirit-of-the-times', 'skills', 'family-life', 'literary-classics', 'science-health');
  CREATE TYPE "public"."enum__books_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reading_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reading_events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_story_calls_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__story_calls_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_contests_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contests_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_contestants_round_status" AS ENUM('registered', 'preliminary', 'semifinal', 'final', 'eliminated', 'awarded');
  CREATE TYPE "public"."enum_contestants_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contestants_v_version_round_status" AS ENUM('registered', 'preliminary', 'semifinal', 'final', 'eliminated', 'awarded');
  CREATE TYPE "public"."enum__contestants_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quizzes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quizzes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quiz_questions_correct_answers" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum_quiz_questions_category" AS ENUM('fire', 'electrical', 'protective-equipment', 'first-aid', 'hazardous-chemicals', 'occupational-disease');
  CREATE TYPE "public"."enum_quiz_questions_difficulty" AS ENUM('easy', 'medium', 'hard');
  CREATE TYPE "public"."enum_quiz_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quiz_questions_v_version_correct_answers" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum__quiz_questions_v_version_category" AS ENUM('fire', 'electrical', 'protective-equipment', 'first-aid', 'hazardous-chemicals', 'occupational-disease');
  CREATE TYPE "public"."enum__quiz_questions_v_version_difficulty" AS ENUM('easy', 'medium', 'hard');
  CREATE TYPE "public"."enum__quiz_questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_enterprises_district" AS ENUM('gusu', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'sip', 'changshu', 'zhangjiagang', 'kunshan', 'taicang');
  CREATE TYPE "public"."enum_enterprises_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__enterprises_v_version_district" AS ENUM('gusu', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'sip', 'changshu', 'zhangjiagang', 'kunshan', 'taicang');
  CREATE TYPE "public"."enum__enterprises_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "model_workers_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_model_workers_honors_level",
  	"title" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "model_workers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"portrait_id" integer,
  	"gender" "enum_model_workers_gender",
  	"industry" "enum_model_workers_industry",
  	"district" "enum_model_workers_district",
  	"employer" varchar,
  	"position" varchar,
  	"is_era_craftsman" boolean DEFAULT false,
  	"craftsman_year" numeric,
  	"biography" jsonb,
  	"quote" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_model_workers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_model_workers_v_version_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__model_workers_v_version_honors_level",
  	"title" varchar,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_model_workers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_portrait_id" integer,
  	"version_gender" "enum__model_workers_v_version_gender",
  	"version_industry" "enum__model_workers_v_version_industry",
  	"version_district" "enum__model_workers_v_version_district",
  	"version_employer" varchar,
  	"version_position" varchar,
  	"version_is_era_craftsman" boolean DEFAULT false,
  	"version_craftsman_year" numeric,
  	"version_biography" jsonb,
  	"version_quote" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__model_workers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "innovation_studios" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"lead_id" integer,
  	"employer" varchar,
  	"field" varchar,
  	"year_named" numeric,
  	"achievements" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_innovation_studios_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_innovation_studios_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_lead_id" integer,
  	"version_employer" varchar,
  	"version_field" varchar,
  	"version_year_named" numeric,
  	"version_achievements" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__innovation_studios_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "books" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"author" varchar,
  	"publisher" varchar,
  	"isbn" varchar,
  	"category" "enum_books_category",
  	"cover_id" integer,
  	"recommendation" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_books_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_books_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_author" varchar,
  	"version_publisher" varchar,
  	"version_isbn" varchar,
  	"version_category" "enum__books_v_version_category",
  	"version_cover_id" integer,
  	"version_recommendation" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__books_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "reading_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"online_url" varchar,
  	"capacity" numeric,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"description" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reading_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reading_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_online_url" varchar,
  	"version_capacity" numeric,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_description" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reading_events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "story_calls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"theme" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"rules" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_story_calls_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_story_calls_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_theme" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_rules" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__story_calls_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "contests_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"judge_weight" numeric,
  	"public_weight" numeric
  );
  
  CREATE TABLE "contests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"edition" numeric,
  	"theme" varchar,
  	"rules" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contests_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_contests_v_version_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"judge_weight" numeric,
  	"public_weight" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contests_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_edition" numeric,
  	"version_theme" varchar,
  	"version_rules" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contests_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "contestants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage_name" varchar,
  	"employer" varchar,
  	"song" varchar,
  	"photo_id" integer,
  	"media_url" varchar,
  	"contest_id" integer,
  	"round_status" "enum_contestants_round_status" DEFAULT 'registered',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contestants_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_contestants_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_stage_name" varchar,
  	"version_employer" varchar,
  	"version_song" varchar,
  	"version_photo_id" integer,
  	"version_media_url" varchar,
  	"version_contest_id" integer,
  	"version_round_status" "enum__contestants_v_version_round_status" DEFAULT 'registered',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contestants_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "quizzes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"questions_per_attempt" numeric DEFAULT 10,
  	"time_limit_seconds" numeric DEFAULT 600,
  	"attempts_per_day" numeric DEFAULT 3,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quizzes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_quizzes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_questions_per_attempt" numeric DEFAULT 10,
  	"version_time_limit_seconds" numeric DEFAULT 600,
  	"version_attempts_per_day" numeric DEFAULT 3,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quizzes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "quiz_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "quiz_questions_correct_answers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_quiz_questions_correct_answers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "quiz_questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stem" varchar,
  	"explanation" varchar,
  	"category" "enum_quiz_questions_category",
  	"difficulty" "enum_quiz_questions_difficulty" DEFAULT 'medium',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quiz_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_quiz_questions_v_version_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_quiz_questions_v_version_correct_answers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__quiz_questions_v_version_correct_answers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_quiz_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_stem" varchar,
  	"version_explanation" varchar,
  	"version_category" "enum__quiz_questions_v_version_category",
  	"version_difficulty" "enum__quiz_questions_v_version_difficulty" DEFAULT 'medium',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quiz_questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "enterprises" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"district" "enum_enterprises_district",
  	"headcount" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_enterprises_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_enterprises_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_district" "enum__enterprises_v_version_district",
  	"version_headcount" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__enterprises_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"campaign_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_name" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"footer_text" varchar,
  	"icp_number" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "innovation_studios_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "books_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reading_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "story_calls_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contestants_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quizzes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enterprises_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "model_workers_honors" ADD CONSTRAINT "model_workers_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v_version_honors" ADD CONSTRAINT "_model_workers_v_version_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_model_workers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_parent_id_model_workers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "innovation_studios" ADD CONSTRAINT "innovation_studios_lead_id_model_workers_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_studios_v" ADD CONSTRAINT "_innovation_studios_v_parent_id_innovation_studios_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."innovation_studios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_innovation_studios_v" ADD CONSTRAINT "_innovation_studios_v_version_lead_id_model_workers_id_fk" FOREIGN KEY ("version_lead_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "books" ADD CONSTRAINT "books_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_books_v" ADD CONSTRAINT "_books_v_parent_id_books_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_books_v" ADD CONSTRAINT "_books_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reading_events_v" ADD CONSTRAINT "_reading_events_v_parent_id_reading_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reading_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_story_calls_v" ADD CONSTRAINT "_story_calls_v_parent_id_story_calls_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."story_calls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_rounds" ADD CONSTRAINT "contests_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v_version_rounds" ADD CONSTRAINT "_contests_v_version_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contests_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contests_v" ADD CONSTRAINT "_contests_v_parent_id_contests_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contestants" ADD CONSTRAINT "contestants_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contestants" ADD CONSTRAINT "contestants_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contestants_v" ADD CONSTRAINT "_contestants_v_parent_id_contestants_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contestants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contestants_v" ADD CONSTRAINT "_contestants_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contestants_v" ADD CONSTRAINT "_contestants_v_version_contest_id_contests_id_fk" FOREIGN KEY ("version_contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v" ADD CONSTRAINT "_quizzes_v_parent_id_quizzes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_questions_options" ADD CONSTRAINT "quiz_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_questions_correct_answers" ADD CONSTRAINT "quiz_questions_correct_answers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quiz_questions_v_version_options" ADD CONSTRAINT "_quiz_questions_v_version_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quiz_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quiz_questions_v_version_correct_answers" ADD CONSTRAINT "_quiz_questions_v_version_correct_answers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quiz_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quiz_questions_v" ADD CONSTRAINT "_quiz_questions_v_parent_id_quiz_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quiz_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_enterprises_v" ADD CONSTRAINT "_enterprises_v_parent_id_enterprises_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "model_workers_honors_order_idx" ON "model_workers_honors" USING btree ("_order");
  CREATE INDEX "model_workers_honors_parent_id_idx" ON "model_workers_honors" USING btree ("_parent_id");
  CREATE INDEX "model_workers_portrait_idx" ON "model_workers" USING btree ("portrait_id");
  CREATE INDEX "model_workers_updated_at_idx" ON "model_workers" USING btree ("updated_at");
  CREATE INDEX "model_workers_created_at_idx" ON "model_workers" USING btree ("created_at");
  CREATE INDEX "model_workers__status_idx" ON "model_workers" USING btree ("_status");
  CREATE INDEX "_model_workers_v_version_honors_order_idx" ON "_model_workers_v_version_honors" USING btree ("_order");
  CREATE INDEX "_model_workers_v_version_honors_parent_id_idx" ON "_model_workers_v_version_honors" USING btree ("_parent_id");
  CREATE INDEX "_model_workers_v_parent_idx" ON "_model_workers_v" USING btree ("parent_id");
  CREATE INDEX "_model_workers_v_version_version_portrait_idx" ON "_model_workers_v" USING btree ("version_portrait_id");
  CREATE INDEX "_model_workers_v_version_version_updated_at_idx" ON "_model_workers_v" USING btree ("version_updated_at");
  CREATE INDEX "_model_workers_v_version_version_created_at_idx" ON "_model_workers_v" USING btree ("version_created_at");
  CREATE INDEX "_model_workers_v_version_version__status_idx" ON "_model_workers_v" USING btree ("version__status");
  CREATE INDEX "_model_workers_v_created_at_idx" ON "_model_workers_v" USING btree ("created_at");
  CREATE INDEX "_model_workers_v_updated_at_idx" ON "_model_workers_v" USING btree ("updated_at");
  CREATE INDEX "_model_workers_v_latest_idx" ON "_model_workers_v" USING btree ("latest");
  CREATE INDEX "innovation_studios_lead_idx" ON "innovation_studios" USING btree ("lead_id");
  CREATE INDEX "innovation_studios_updated_at_idx" ON "innovation_studios" USING btree ("updated_at");
  CREATE INDEX "innovation_studios_created_at_idx" ON "innovation_studios" USING btree ("created_at");
  CREATE INDEX "innovation_studios__status_idx" ON "innovation_studios" USING btree ("_status");
  CREATE INDEX "_innovation_studios_v_parent_idx" ON "_innovation_studios_v" USING btree ("parent_id");
  CREATE INDEX "_innovation_studios_v_version_version_lead_idx" ON "_innovation_studios_v" USING btree ("version_lead_id");
  CREATE INDEX "_innovation_studios_v_version_version_updated_at_idx" ON "_innovation_studios_v" USING btree ("version_updated_at");
  CREATE INDEX "_innovation_studios_v_version_version_created_at_idx" ON "_innovation_studios_v" USING btree ("version_created_at");
  CREATE INDEX "_innovation_studios_v_version_version__status_idx" ON "_innovation_studios_v" USING btree ("version__status");
  CREATE INDEX "_innovation_studios_v_created_at_idx" ON "_innovation_studios_v" USING btree ("created_at");
  CREATE INDEX "_innovation_studios_v_updated_at_idx" ON "_innovation_studios_v" USING btree ("updated_at");
  CREATE INDEX "_innovation_studios_v_latest_idx" ON "_innovation_studios_v" USING btree ("latest");
  CREATE INDEX "books_isbn_idx" ON "books" USING btree ("isbn");
  CREATE INDEX "books_cover_idx" ON "books" USING btree ("cover_id");
  CREATE INDEX "books_updated_at_idx" ON "books" USING btree ("updated_at");
  CREATE INDEX "books_created_at_idx" ON "books" USING btree ("created_at");
  CREATE INDEX "books__status_idx" ON "books" USING btree ("_status");
  CREATE INDEX "_books_v_parent_idx" ON "_books_v" USING btree ("parent_id");
  CREATE INDEX "_books_v_version_version_isbn_idx" ON "_books_v" USING btree ("version_isbn");
  CREATE INDEX "_books_v_version_version_cover_idx" ON "_books_v" USING btree ("version_cover_id");
  CREATE INDEX "_books_v_version_version_updated_at_idx" ON "_books_v" USING btree ("version_updated_at");
  CREATE INDEX "_books_v_version_version_created_at_idx" ON "_books_v" USING btree ("version_created_at");
  CREATE INDEX "_books_v_version_version__status_idx" ON "_books_v" USING btree ("version__status");
  CREATE INDEX "_books_v_created_at_idx" ON "_books_v" USING btree ("created_at");
  CREATE INDEX "_books_v_updated_at_idx" ON "_books_v" USING btree ("updated_at");
  CREATE INDEX "_books_v_latest_idx" ON "_books_v" USING btree ("latest");
  CREATE INDEX "reading_events_updated_at_idx" ON "reading_events" USING btree ("updated_at");
  CREATE INDEX "reading_events_created_at_idx" ON "reading_events" USING btree ("created_at");
  CREATE INDEX "reading_events__status_idx" ON "reading_events" USING btree ("_status");
  CREATE INDEX "_reading_events_v_parent_idx" ON "_reading_events_v" USING btree ("parent_id");
  CREATE INDEX "_reading_events_v_version_version_updated_at_idx" ON "_reading_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_reading_events_v_version_version_created_at_idx" ON "_reading_events_v" USING btree ("version_created_at");
  CREATE INDEX "_reading_events_v_version_version__status_idx" ON "_reading_events_v" USING btree ("version__status");
  CREATE INDEX "_reading_events_v_created_at_idx" ON "_reading_events_v" USING btree ("created_at");
  CREATE INDEX "_reading_events_v_updated_at_idx" ON "_reading_events_v" USING btree ("updated_at");
  CREATE INDEX "_reading_events_v_latest_idx" ON "_reading_events_v" USING btree ("latest");
  CREATE INDEX "story_calls_updated_at_idx" ON "story_calls" USING btree ("updated_at");
  CREATE INDEX "story_calls_created_at_idx" ON "story_calls" USING btree ("created_at");
  CREATE INDEX "story_calls__status_idx" ON "story_calls" USING btree ("_status");
  CREATE INDEX "_story_calls_v_parent_idx" ON "_story_calls_v" USING btree ("parent_id");
  CREATE INDEX "_story_calls_v_version_version_updated_at_idx" ON "_story_calls_v" USING btree ("version_updated_at");
  CREATE INDEX "_story_calls_v_version_version_created_at_idx" ON "_story_calls_v" USING btree ("version_created_at");
  CREATE INDEX "_story_calls_v_version_version__status_idx" ON "_story_calls_v" USING btree ("version__status");
  CREATE INDEX "_story_calls_v_created_at_idx" ON "_story_calls_v" USING btree ("created_at");
  CREATE INDEX "_story_calls_v_updated_at_idx" ON "_story_calls_v" USING btree ("updated_at");
  CREATE INDEX "_story_calls_v_latest_idx" ON "_story_calls_v" USING btree ("latest");
  CREATE INDEX "contests_rounds_order_idx" ON "contests_rounds" USING btree ("_order");
  CREATE INDEX "contests_rounds_parent_id_idx" ON "contests_rounds" USING btree ("_parent_id");
  CREATE INDEX "contests_updated_at_idx" ON "contests" USING btree ("updated_at");
  CREATE INDEX "contests_created_at_idx" ON "contests" USING btree ("created_at");
  CREATE INDEX "contests__status_idx" ON "contests" USING btree ("_status");
  CREATE INDEX "_contests_v_version_rounds_order_idx" ON "_contests_v_version_rounds" USING btree ("_order");
  CREATE INDEX "_contests_v_version_rounds_parent_id_idx" ON "_contests_v_version_rounds" USING btree ("_parent_id");
  CREATE INDEX "_contests_v_parent_idx" ON "_contests_v" USING btree ("parent_id");
  CREATE INDEX "_contests_v_version_version_updated_at_idx" ON "_contests_v" USING btree ("version_updated_at");
  CREATE INDEX "_contests_v_version_version_created_at_idx" ON "_contests_v" USING btree ("version_created_at");
  CREATE INDEX "_contests_v_version_version__status_idx" ON "_contests_v" USING btree ("version__status");
  CREATE INDEX "_contests_v_created_at_idx" ON "_contests_v" USING btree ("created_at");
  CREATE INDEX "_contests_v_updated_at_idx" ON "_contests_v" USING btree ("updated_at");
  CREATE INDEX "_contests_v_latest_idx" ON "_contests_v" USING btree ("latest");
  CREATE INDEX "contestants_photo_idx" ON "contestants" USING btree ("photo_id");
  CREATE INDEX "contestants_contest_idx" ON "contestants" USING btree ("contest_id");
  CREATE INDEX "contestants_round_status_idx" ON "contestants" USING btree ("round_status");
  CREATE INDEX "contestants_updated_at_idx" ON "contestants" USING btree ("updated_at");
  CREATE INDEX "contestants_created_at_idx" ON "contestants" USING btree ("created_at");
  CREATE INDEX "contestants__status_idx" ON "contestants" USING btree ("_status");
  CREATE INDEX "_contestants_v_parent_idx" ON "_contestants_v" USING btree ("parent_id");
  CREATE INDEX "_contestants_v_version_version_photo_idx" ON "_contestants_v" USING btree ("version_photo_id");
  CREATE INDEX "_contestants_v_version_version_contest_idx" ON "_contestants_v" USING btree ("version_contest_id");
  CREATE INDEX "_contestants_v_version_version_round_status_idx" ON "_contestants_v" USING btree ("version_round_status");
  CREATE INDEX "_contestants_v_version_version_updated_at_idx" ON "_contestants_v" USING btree ("version_updated_at");
  CREATE INDEX "_contestants_v_version_version_created_at_idx" ON "_contestants_v" USING btree ("version_created_at");
  CREATE INDEX "_contestants_v_version_version__status_idx" ON "_contestants_v" USING btree ("version__status");
  CREATE INDEX "_contestants_v_created_at_idx" ON "_contestants_v" USING btree ("created_at");
  CREATE INDEX "_contestants_v_updated_at_idx" ON "_contestants_v" USING btree ("updated_at");
  CREATE INDEX "_contestants_v_latest_idx" ON "_contestants_v" USING btree ("latest");
  CREATE INDEX "quizzes_updated_at_idx" ON "quizzes" USING btree ("updated_at");
  CREATE INDEX "quizzes_created_at_idx" ON "quizzes" USING btree ("created_at");
  CREATE INDEX "quizzes__status_idx" ON "quizzes" USING btree ("_status");
  CREATE INDEX "_quizzes_v_parent_idx" ON "_quizzes_v" USING btree ("parent_id");
  CREATE INDEX "_quizzes_v_version_version_updated_at_idx" ON "_quizzes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quizzes_v_version_version_created_at_idx" ON "_quizzes_v" USING btree ("version_created_at");
  CREATE INDEX "_quizzes_v_version_version__status_idx" ON "_quizzes_v" USING btree ("version__status");
  CREATE INDEX "_quizzes_v_created_at_idx" ON "_quizzes_v" USING btree ("created_at");
  CREATE INDEX "_quizzes_v_updated_at_idx" ON "_quizzes_v" USING btree ("updated_at");
  CREATE INDEX "_quizzes_v_latest_idx" ON "_quizzes_v" USING btree ("latest");
  CREATE INDEX "quiz_questions_options_order_idx" ON "quiz_questions_options" USING btree ("_order");
  CREATE INDEX "quiz_questions_options_parent_id_idx" ON "quiz_questions_options" USING btree ("_parent_id");
  CREATE INDEX "quiz_questions_correct_answers_order_idx" ON "quiz_questions_correct_answers" USING btree ("order");
  CREATE INDEX "quiz_questions_correct_answers_parent_idx" ON "quiz_questions_correct_answers" USING btree ("parent_id");
  CREATE INDEX "quiz_questions_updated_at_idx" ON "quiz_questions" USING btree ("updated_at");
  CREATE INDEX "quiz_questions_created_at_idx" ON "quiz_questions" USING btree ("created_at");
  CREATE INDEX "quiz_questions__status_idx" ON "quiz_questions" USING btree ("_status");
  CREATE INDEX "_quiz_questions_v_version_options_order_idx" ON "_quiz_questions_v_version_options" USING btree ("_order");
  CREATE INDEX "_quiz_questions_v_version_options_parent_id_idx" ON "_quiz_questions_v_version_options" USING btree ("_parent_id");
  CREATE INDEX "_quiz_questions_v_version_correct_answers_order_idx" ON "_quiz_questions_v_version_correct_answers" USING btree ("order");
  CREATE INDEX "_quiz_questions_v_version_correct_answers_parent_idx" ON "_quiz_questions_v_version_correct_answers" USING btree ("parent_id");
  CREATE INDEX "_quiz_questions_v_parent_idx" ON "_quiz_questions_v" USING btree ("parent_id");
  CREATE INDEX "_quiz_questions_v_version_version_updated_at_idx" ON "_quiz_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_quiz_questions_v_version_version_created_at_idx" ON "_quiz_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_quiz_questions_v_version_version__status_idx" ON "_quiz_questions_v" USING btree ("version__status");
  CREATE INDEX "_quiz_questions_v_created_at_idx" ON "_quiz_questions_v" USING btree ("created_at");
  CREATE INDEX "_quiz_questions_v_updated_at_idx" ON "_quiz_questions_v" USING btree ("updated_at");
  CREATE INDEX "_quiz_questions_v_latest_idx" ON "_quiz_questions_v" USING btree ("latest");
  CREATE INDEX "enterprises_updated_at_idx" ON "enterprises" USING btree ("updated_at");
  CREATE INDEX "enterprises_created_at_idx" ON "enterprises" USING btree ("created_at");
  CREATE INDEX "enterprises__status_idx" ON "enterprises" USING btree ("_status");
  CREATE INDEX "_enterprises_v_parent_idx" ON "_enterprises_v" USING btree ("parent_id");
  CREATE INDEX "_enterprises_v_version_version_updated_at_idx" ON "_enterprises_v" USING btree ("version_updated_at");
  CREATE INDEX "_enterprises_v_version_version_created_at_idx" ON "_enterprises_v" USING btree ("version_created_at");
  CREATE INDEX "_enterprises_v_version_version__status_idx" ON "_enterprises_v" USING btree ("version__status");
  CREATE INDEX "_enterprises_v_created_at_idx" ON "_enterprises_v" USING btree ("created_at");
  CREATE INDEX "_enterprises_v_updated_at_idx" ON "_enterprises_v" USING btree ("updated_at");
  CREATE INDEX "_enterprises_v_latest_idx" ON "_enterprises_v" USING btree ("latest");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_campaign_idx" ON "news" USING btree ("campaign_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_campaign_idx" ON "_news_v" USING btree ("version_campaign_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_innovation_studios_fk" FOREIGN KEY ("innovation_studios_id") REFERENCES "public"."innovation_studios"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_books_fk" FOREIGN KEY ("books_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reading_events_fk" FOREIGN KEY ("reading_events_id") REFERENCES "public"."reading_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_story_calls_fk" FOREIGN KEY ("story_calls_id") REFERENCES "public"."story_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contestants_fk" FOREIGN KEY ("contestants_id") REFERENCES "public"."contestants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quizzes_fk" FOREIGN KEY ("quizzes_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_questions_fk" FOREIGN KEY ("quiz_questions_id") REFERENCES "public"."quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enterprises_fk" FOREIGN KEY ("enterprises_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_model_workers_id_idx" ON "payload_locked_documents_rels" USING btree ("model_workers_id");
  CREATE INDEX "payload_locked_documents_rels_innovation_studios_id_idx" ON "payload_locked_documents_rels" USING btree ("innovation_studios_id");
  CREATE INDEX "payload_locked_documents_rels_books_id_idx" ON "payload_locked_documents_rels" USING btree ("books_id");
  CREATE INDEX "payload_locked_documents_rels_reading_events_id_idx" ON "payload_locked_documents_rels" USING btree ("reading_events_id");
  CREATE INDEX "payload_locked_documents_rels_story_calls_id_idx" ON "payload_locked_documents_rels" USING btree ("story_calls_id");
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contestants_id_idx" ON "payload_locked_documents_rels" USING btree ("contestants_id");
  CREATE INDEX "payload_locked_documents_rels_quizzes_id_idx" ON "payload_locked_documents_rels" USING btree ("quizzes_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_questions_id");
  CREATE INDEX "payload_locked_documents_rels_enterprises_id_idx" ON "payload_locked_documents_rels" USING btree ("enterprises_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "model_workers_honors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "model_workers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_model_workers_v_version_honors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_model_workers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "innovation_studios" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_innovation_studios_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "books" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_books_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reading_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reading_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "story_calls" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_story_calls_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v_version_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contests_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contestants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contestants_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quizzes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quizzes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_questions_correct_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quiz_questions_v_version_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quiz_questions_v_version_correct_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quiz_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "enterprises" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_enterprises_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "model_workers_honors" CASCADE;
  DROP TABLE "model_workers" CASCADE;
  DROP TABLE "_model_workers_v_version_honors" CASCADE;
  DROP TABLE "_model_workers_v" CASCADE;
  DROP TABLE "innovation_studios" CASCADE;
  DROP TABLE "_innovation_studios_v" CASCADE;
  DROP TABLE "books" CASCADE;
  DROP TABLE "_books_v" CASCADE;
  DROP TABLE "reading_events" CASCADE;
  DROP TABLE "_reading_events_v" CASCADE;
  DROP TABLE "story_calls" CASCADE;
  DROP TABLE "_story_calls_v" CASCADE;
  DROP TABLE "contests_rounds" CASCADE;
  DROP TABLE "contests" CASCADE;
  DROP TABLE "_contests_v_version_rounds" CASCADE;
  DROP TABLE "_contests_v" CASCADE;
  DROP TABLE "contestants" CASCADE;
  DROP TABLE "_contestants_v" CASCADE;
  DROP TABLE "quizzes" CASCADE;
  DROP TABLE "_quizzes_v" CASCADE;
  DROP TABLE "quiz_questions_options" CASCADE;
  DROP TABLE "quiz_questions_correct_answers" CASCADE;
  DROP TABLE "quiz_questions" CASCADE;
  DROP TABLE "_quiz_questions_v_version_options" CASCADE;
  DROP TABLE "_quiz_questions_v_version_correct_answers" CASCADE;
  DROP TABLE "_quiz_questions_v" CASCADE;
  DROP TABLE "enterprises" CASCADE;
  DROP TABLE "_enterprises_v" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_model_workers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_innovation_studios_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_books_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reading_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_story_calls_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contestants_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quizzes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enterprises_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  DROP INDEX "payload_locked_documents_rels_model_workers_id_idx";
  DROP INDEX "payload_locked_documents_rels_innovation_studios_id_idx";
  DROP INDEX "payload_locked_documents_rels_books_id_idx";
  DROP INDEX "payload_locked_documents_rels_reading_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_story_calls_id_idx";
  DROP INDEX "payload_locked_documents_rels_contests_id_idx";
  DROP INDEX "payload_locked_documents_rels_contestants_id_idx";
  DROP INDEX "payload_locked_documents_rels_quizzes_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_enterprises_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "innovation_studios_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "books_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reading_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "story_calls_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contestants_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quizzes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enterprises_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  DROP TYPE "public"."enum_model_workers_honors_level";
  DROP TYPE "public"."enum_model_workers_gender";
  DROP TYPE "public"."enum_model_workers_industry";
  DROP TYPE "public"."enum_model_workers_district";
  DROP TYPE "public"."enum_model_workers_status";
  DROP TYPE "public"."enum__model_workers_v_version_honors_level";
  DROP TYPE "public"."enum__model_workers_v_version_gender";
  DROP TYPE "public"."enum__model_workers_v_version_industry";
  DROP TYPE "public"."enum__model_workers_v_version_district";
  DROP TYPE "public"."enum__model_workers_v_version_status";
  DROP TYPE "public"."enum_innovation_studios_status";
  DROP TYPE "public"."enum__innovation_studios_v_version_status";
  DROP TYPE "public"."enum_books_category";
  DROP TYPE "public"."enum_books_status";
  DROP TYPE "public"."enum__books_v_version_category";
  DROP TYPE "public"."enum__books_v_version_status";
  DROP TYPE "public"."enum_reading_events_status";
  DROP TYPE "public"."enum__reading_events_v_version_status";
  DROP TYPE "public"."enum_story_calls_status";
  DROP TYPE "public"."enum__story_calls_v_version_status";
  DROP TYPE "public"."enum_contests_status";
  DROP TYPE "public"."enum__contests_v_version_status";
  DROP TYPE "public"."enum_contestants_round_status";
  DROP TYPE "public"."enum_contestants_status";
  DROP TYPE "public"."enum__contestants_v_version_round_status";
  DROP TYPE "public"."enum__contestants_v_version_status";
  DROP TYPE "public"."enum_quizzes_status";
  DROP TYPE "public"."enum__quizzes_v_version_status";
  DROP TYPE "public"."enum_quiz_questions_correct_answers";
  DROP TYPE "public"."enum_quiz_questions_category";
  DROP TYPE "public"."enum_quiz_questions_difficulty";
  DROP TYPE "public"."enum_quiz_questions_status";
  DROP TYPE "public"."enum__quiz_questions_v_version_correct_answers";
  DROP TYPE "public"."enum__quiz_questions_v_version_category";
  DROP TYPE "public"."enum__quiz_questions_v_version_difficulty";
  DROP TYPE "public"."enum__quiz_questions_v_version_status";
  DROP TYPE "public"."enum_enterprises_district";
  DROP TYPE "public"."enum_enterprises_status";
  DROP TYPE "public"."enum__enterprises_v_version_district";
  DROP TYPE "public"."enum__enterprises_v_version_status";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";`)
}
