import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`summary\` text,
  	\`trigger\` text NOT NULL,
  	\`requested_by_id\` integer,
  	\`changes\` text,
  	\`not_before\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`release\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_site_idx\` ON \`site_builds\` (\`site\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_status_idx\` ON \`site_builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_requested_by_idx\` ON \`site_builds\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`collection_label\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_builds_id\` integer REFERENCES site_builds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	\`model_workers_id\` integer,
  	\`innovation_studios_id\` integer,
  	\`books_id\` integer,
  	\`reading_events_id\` integer,
  	\`story_calls_id\` integer,
  	\`contests_id\` integer,
  	\`contestants_id\` integer,
  	\`quizzes_id\` integer,
  	\`quiz_questions_id\` integer,
  	\`enterprises_id\` integer,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`innovation_studios_id\`) REFERENCES \`innovation_studios\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`books_id\`) REFERENCES \`books\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reading_events_id\`) REFERENCES \`reading_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`story_calls_id\`) REFERENCES \`story_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contests_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contestants_id\`) REFERENCES \`contestants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quizzes_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quiz_questions_id\`) REFERENCES \`quiz_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enterprises_id\`) REFERENCES \`enterprises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id", "model_workers_id", "innovation_studios_id", "books_id", "reading_events_id", "story_calls_id", "contests_id", "contestants_id", "quizzes_id", "quiz_questions_id", "enterprises_id", "news_id", "pages_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id", "model_workers_id", "innovation_studios_id", "books_id", "reading_events_id", "story_calls_id", "contests_id", "contestants_id", "quizzes_id", "quiz_questions_id", "enterprises_id", "news_id", "pages_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_model_workers_id_idx\` ON \`payload_locked_documents_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_innovation_studios_id_idx\` ON \`payload_locked_documents_rels\` (\`innovation_studios_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_books_id_idx\` ON \`payload_locked_documents_rels\` (\`books_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reading_events_id_idx\` ON \`payload_locked_documents_rels\` (\`reading_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_story_calls_id_idx\` ON \`payload_locked_documents_rels\` (\`story_calls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contestants_id_idx\` ON \`payload_locked_documents_rels\` (\`contestants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enterprises_id_idx\` ON \`payload_locked_documents_rels\` (\`enterprises_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`model_workers\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`model_workers\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`model_workers\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`books\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`books\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`books\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_books_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_books_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_books_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`reading_events\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`reading_events\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`reading_events\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`story_calls\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`story_calls\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`story_calls\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`contests\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`contests\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`contests\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`contestants\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`contestants\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`contestants\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`quizzes\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`quizzes\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`quizzes\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`enterprises\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`enterprises\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`enterprises\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`collection_label\`;`)
}
