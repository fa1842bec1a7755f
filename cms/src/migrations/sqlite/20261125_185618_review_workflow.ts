import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited after generation: drizzle-kit adds the submittedBy columns with a bare REFERENCES (NO ACTION in SQLite),
// unlike the `ON DELETE set null` of the schema and of PostgreSQL, which would stop an account from being deleted.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`actor_email\` text,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text NOT NULL,
  	\`to_state\` text NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`campaigns_review_review_submitted_by_idx\` ON \`campaigns\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_version_review_submitted_by_idx\` ON \`_campaigns_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`model_workers_review_review_submitted_by_idx\` ON \`model_workers\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_review_version_review_submitted_idx\` ON \`_model_workers_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`innovation_studios\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`innovation_studios_review_review_submitted_by_idx\` ON \`innovation_studios\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_innovation_studios_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_review_version_review_subm_idx\` ON \`_innovation_studios_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`books\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`books_review_review_submitted_by_idx\` ON \`books\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_books_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_books_v_version_review_version_review_submitted_by_idx\` ON \`_books_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`reading_events\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`reading_events_review_review_submitted_by_idx\` ON \`reading_events\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_reading_events_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_review_version_review_submitte_idx\` ON \`_reading_events_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`story_calls\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`story_calls_review_review_submitted_by_idx\` ON \`story_calls\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_story_calls_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_review_version_review_submitted_b_idx\` ON \`_story_calls_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`contests\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`contests_review_review_submitted_by_idx\` ON \`contests\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_contests_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_review_version_review_submitted_by_idx\` ON \`_contests_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`contestants\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`contestants_review_review_submitted_by_idx\` ON \`contestants\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_contestants_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_review_version_review_submitted_b_idx\` ON \`_contestants_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`quizzes\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`quizzes_review_review_submitted_by_idx\` ON \`quizzes\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_quizzes_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_review_version_review_submitted_by_idx\` ON \`_quizzes_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`quiz_questions\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`quiz_questions_review_review_submitted_by_idx\` ON \`quiz_questions\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_quiz_questions_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_review_version_review_submitte_idx\` ON \`_quiz_questions_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`enterprises\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`enterprises_review_review_submitted_by_idx\` ON \`enterprises\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_review_version_review_submitted_b_idx\` ON \`_enterprises_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`news_review_review_submitted_by_idx\` ON \`news\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_version_review_submitted_by_idx\` ON \`_news_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`pages_review_review_submitted_by_idx\` ON \`pages\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_review_version_review_submitted_by_idx\` ON \`_pages_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`registration_enabled\` integer DEFAULT false,
  	\`registration_opens_at\` text,
  	\`registration_closes_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "title", "slug", "kind", "summary", "cover_id", "body", "starts_at", "ends_at", "registration_enabled", "registration_opens_at", "registration_closes_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "kind", "summary", "cover_id", "body", "starts_at", "ends_at", "registration_enabled", "registration_opens_at", "registration_closes_at", "updated_at", "created_at", "_status" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_cover_idx\` ON \`campaigns\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_registration_enabled\` integer DEFAULT false,
  	\`version_registration_opens_at\` text,
  	\`version_registration_closes_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__campaigns_v\`("id", "parent_id", "version_title", "version_slug", "version_kind", "version_summary", "version_cover_id", "version_body", "version_starts_at", "version_ends_at", "version_registration_enabled", "version_registration_opens_at", "version_registration_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_kind", "version_summary", "version_cover_id", "version_body", "version_starts_at", "version_ends_at", "version_registration_enabled", "version_registration_opens_at", "version_registration_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__campaigns_v\` RENAME TO \`_campaigns_v\`;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_cover_idx\` ON \`_campaigns_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_model_workers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`portrait_id\` integer,
  	\`gender\` text,
  	\`industry\` text,
  	\`district\` text,
  	\`employer\` text,
  	\`position\` text,
  	\`is_era_craftsman\` integer DEFAULT false,
  	\`craftsman_year\` numeric,
  	\`biography\` text,
  	\`quote\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_model_workers\`("id", "name", "portrait_id", "gender", "industry", "district", "employer", "position", "is_era_craftsman", "craftsman_year", "biography", "quote", "updated_at", "created_at", "_status") SELECT "id", "name", "portrait_id", "gender", "industry", "district", "employer", "position", "is_era_craftsman", "craftsman_year", "biography", "quote", "updated_at", "created_at", "_status" FROM \`model_workers\`;`)
  await db.run(sql`DROP TABLE \`model_workers\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_workers\` RENAME TO \`model_workers\`;`)
  await db.run(sql`CREATE INDEX \`model_workers_portrait_idx\` ON \`model_workers\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_updated_at_idx\` ON \`model_workers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_at_idx\` ON \`model_workers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers__status_idx\` ON \`model_workers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__model_workers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_portrait_id\` integer,
  	\`version_gender\` text,
  	\`version_industry\` text,
  	\`version_district\` text,
  	\`version_employer\` text,
  	\`version_position\` text,
  	\`version_is_era_craftsman\` integer DEFAULT false,
  	\`version_craftsman_year\` numeric,
  	\`version_biography\` text,
  	\`version_quote\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__model_workers_v\`("id", "parent_id", "version_name", "version_portrait_id", "version_gender", "version_industry", "version_district", "version_employer", "version_position", "version_is_era_craftsman", "version_craftsman_year", "version_biography", "version_quote", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_portrait_id", "version_gender", "version_industry", "version_district", "version_employer", "version_position", "version_is_era_craftsman", "version_craftsman_year", "version_biography", "version_quote", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_model_workers_v\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_workers_v\` RENAME TO \`_model_workers_v\`;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_parent_idx\` ON \`_model_workers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_portrait_idx\` ON \`_model_workers_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_updated_at_idx\` ON \`_model_workers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_created_at_idx\` ON \`_model_workers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version__status_idx\` ON \`_model_workers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_created_at_idx\` ON \`_model_workers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_updated_at_idx\` ON \`_model_workers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_latest_idx\` ON \`_model_workers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_innovation_studios\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`lead_id\` integer,
  	\`employer\` text,
  	\`field\` text,
  	\`year_named\` numeric,
  	\`achievements\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_innovation_studios\`("id", "name", "lead_id", "employer", "field", "year_named", "achievements", "updated_at", "created_at", "_status") SELECT "id", "name", "lead_id", "employer", "field", "year_named", "achievements", "updated_at", "created_at", "_status" FROM \`innovation_studios\`;`)
  await db.run(sql`DROP TABLE \`innovation_studios\`;`)
  await db.run(sql`ALTER TABLE \`__new_innovation_studios\` RENAME TO \`innovation_studios\`;`)
  await db.run(sql`CREATE INDEX \`innovation_studios_lead_idx\` ON \`innovation_studios\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios_updated_at_idx\` ON \`innovation_studios\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios_created_at_idx\` ON \`innovation_studios\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios__status_idx\` ON \`innovation_studios\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__innovation_studios_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_lead_id\` integer,
  	\`version_employer\` text,
  	\`version_field\` text,
  	\`version_year_named\` numeric,
  	\`version_achievements\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`innovation_studios\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__innovation_studios_v\`("id", "parent_id", "version_name", "version_lead_id", "version_employer", "version_field", "version_year_named", "version_achievements", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_lead_id", "version_employer", "version_field", "version_year_named", "version_achievements", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_innovation_studios_v\`;`)
  await db.run(sql`DROP TABLE \`_innovation_studios_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__innovation_studios_v\` RENAME TO \`_innovation_studios_v\`;`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_parent_idx\` ON \`_innovation_studios_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_lead_idx\` ON \`_innovation_studios_v\` (\`version_lead_id\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_updated_at_idx\` ON \`_innovation_studios_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_created_at_idx\` ON \`_innovation_studios_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version__status_idx\` ON \`_innovation_studios_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_created_at_idx\` ON \`_innovation_studios_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_updated_at_idx\` ON \`_innovation_studios_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_latest_idx\` ON \`_innovation_studios_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_books\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`author\` text,
  	\`publisher\` text,
  	\`isbn\` text,
  	\`category\` text,
  	\`cover_id\` integer,
  	\`recommendation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_books\`("id", "title", "author", "publisher", "isbn", "category", "cover_id", "recommendation", "updated_at", "created_at", "_status") SELECT "id", "title", "author", "publisher", "isbn", "category", "cover_id", "recommendation", "updated_at", "created_at", "_status" FROM \`books\`;`)
  await db.run(sql`DROP TABLE \`books\`;`)
  await db.run(sql`ALTER TABLE \`__new_books\` RENAME TO \`books\`;`)
  await db.run(sql`CREATE INDEX \`books_isbn_idx\` ON \`books\` (\`isbn\`);`)
  await db.run(sql`CREATE INDEX \`books_cover_idx\` ON \`books\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`books_updated_at_idx\` ON \`books\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`books_created_at_idx\` ON \`books\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`books__status_idx\` ON \`books\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__books_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_author\` text,
  	\`version_publisher\` text,
  	\`version_isbn\` text,
  	\`version_category\` text,
  	\`version_cover_id\` integer,
  	\`version_recommendation\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`books\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__books_v\`("id", "parent_id", "version_title", "version_author", "version_publisher", "version_isbn", "version_category", "version_cover_id", "version_recommendation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_author", "version_publisher", "version_isbn", "version_category", "version_cover_id", "version_recommendation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_books_v\`;`)
  await db.run(sql`DROP TABLE \`_books_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__books_v\` RENAME TO \`_books_v\`;`)
  await db.run(sql`CREATE INDEX \`_books_v_parent_idx\` ON \`_books_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_isbn_idx\` ON \`_books_v\` (\`version_isbn\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_cover_idx\` ON \`_books_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_updated_at_idx\` ON \`_books_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_created_at_idx\` ON \`_books_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version__status_idx\` ON \`_books_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_created_at_idx\` ON \`_books_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_updated_at_idx\` ON \`_books_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_latest_idx\` ON \`_books_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_reading_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`place\` text,
  	\`online_url\` text,
  	\`capacity\` numeric,
  	\`registration_opens_at\` text,
  	\`registration_closes_at\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reading_events\`("id", "title", "starts_at", "ends_at", "place", "online_url", "capacity", "registration_opens_at", "registration_closes_at", "description", "updated_at", "created_at", "_status") SELECT "id", "title", "starts_at", "ends_at", "place", "online_url", "capacity", "registration_opens_at", "registration_closes_at", "description", "updated_at", "created_at", "_status" FROM \`reading_events\`;`)
  await db.run(sql`DROP TABLE \`reading_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_reading_events\` RENAME TO \`reading_events\`;`)
  await db.run(sql`CREATE INDEX \`reading_events_updated_at_idx\` ON \`reading_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_events_created_at_idx\` ON \`reading_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_events__status_idx\` ON \`reading_events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__reading_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_place\` text,
  	\`version_online_url\` text,
  	\`version_capacity\` numeric,
  	\`version_registration_opens_at\` text,
  	\`version_registration_closes_at\` text,
  	\`version_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reading_events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reading_events_v\`("id", "parent_id", "version_title", "version_starts_at", "version_ends_at", "version_place", "version_online_url", "version_capacity", "version_registration_opens_at", "version_registration_closes_at", "version_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_starts_at", "version_ends_at", "version_place", "version_online_url", "version_capacity", "version_registration_opens_at", "version_registration_closes_at", "version_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_reading_events_v\`;`)
  await db.run(sql`DROP TABLE \`_reading_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reading_events_v\` RENAME TO \`_reading_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_parent_idx\` ON \`_reading_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version_updated_at_idx\` ON \`_reading_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version_created_at_idx\` ON \`_reading_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version__status_idx\` ON \`_reading_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_created_at_idx\` ON \`_reading_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_updated_at_idx\` ON \`_reading_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_latest_idx\` ON \`_reading_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_story_calls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`theme\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`rules\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_story_calls\`("id", "title", "theme", "opens_at", "closes_at", "rules", "updated_at", "created_at", "_status") SELECT "id", "title", "theme", "opens_at", "closes_at", "rules", "updated_at", "created_at", "_status" FROM \`story_calls\`;`)
  await db.run(sql`DROP TABLE \`story_calls\`;`)
  await db.run(sql`ALTER TABLE \`__new_story_calls\` RENAME TO \`story_calls\`;`)
  await db.run(sql`CREATE INDEX \`story_calls_updated_at_idx\` ON \`story_calls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`story_calls_created_at_idx\` ON \`story_calls\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`story_calls__status_idx\` ON \`story_calls\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__story_calls_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_theme\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_rules\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`story_calls\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__story_calls_v\`("id", "parent_id", "version_title", "version_theme", "version_opens_at", "version_closes_at", "version_rules", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_theme", "version_opens_at", "version_closes_at", "version_rules", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_story_calls_v\`;`)
  await db.run(sql`DROP TABLE \`_story_calls_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__story_calls_v\` RENAME TO \`_story_calls_v\`;`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_parent_idx\` ON \`_story_calls_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version_updated_at_idx\` ON \`_story_calls_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version_created_at_idx\` ON \`_story_calls_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version__status_idx\` ON \`_story_calls_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_created_at_idx\` ON \`_story_calls_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_updated_at_idx\` ON \`_story_calls_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_latest_idx\` ON \`_story_calls_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_contests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`edition\` numeric,
  	\`theme\` text,
  	\`rules\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contests\`("id", "title", "edition", "theme", "rules", "updated_at", "created_at", "_status") SELECT "id", "title", "edition", "theme", "rules", "updated_at", "created_at", "_status" FROM \`contests\`;`)
  await db.run(sql`DROP TABLE \`contests\`;`)
  await db.run(sql`ALTER TABLE \`__new_contests\` RENAME TO \`contests\`;`)
  await db.run(sql`CREATE INDEX \`contests_updated_at_idx\` ON \`contests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contests_created_at_idx\` ON \`contests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contests__status_idx\` ON \`contests\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__contests_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_edition\` numeric,
  	\`version_theme\` text,
  	\`version_rules\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contests_v\`("id", "parent_id", "version_title", "version_edition", "version_theme", "version_rules", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_edition", "version_theme", "version_rules", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_contests_v\`;`)
  await db.run(sql`DROP TABLE \`_contests_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contests_v\` RENAME TO \`_contests_v\`;`)
  await db.run(sql`CREATE INDEX \`_contests_v_parent_idx\` ON \`_contests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_updated_at_idx\` ON \`_contests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_created_at_idx\` ON \`_contests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version__status_idx\` ON \`_contests_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_created_at_idx\` ON \`_contests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_updated_at_idx\` ON \`_contests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_latest_idx\` ON \`_contests_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_contestants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage_name\` text,
  	\`employer\` text,
  	\`song\` text,
  	\`photo_id\` integer,
  	\`media_url\` text,
  	\`contest_id\` integer,
  	\`round_status\` text DEFAULT 'registered',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contestants\`("id", "stage_name", "employer", "song", "photo_id", "media_url", "contest_id", "round_status", "updated_at", "created_at", "_status") SELECT "id", "stage_name", "employer", "song", "photo_id", "media_url", "contest_id", "round_status", "updated_at", "created_at", "_status" FROM \`contestants\`;`)
  await db.run(sql`DROP TABLE \`contestants\`;`)
  await db.run(sql`ALTER TABLE \`__new_contestants\` RENAME TO \`contestants\`;`)
  await db.run(sql`CREATE INDEX \`contestants_photo_idx\` ON \`contestants\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contestants_contest_idx\` ON \`contestants\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contestants_round_status_idx\` ON \`contestants\` (\`round_status\`);`)
  await db.run(sql`CREATE INDEX \`contestants_updated_at_idx\` ON \`contestants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contestants_created_at_idx\` ON \`contestants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contestants__status_idx\` ON \`contestants\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__contestants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_stage_name\` text,
  	\`version_employer\` text,
  	\`version_song\` text,
  	\`version_photo_id\` integer,
  	\`version_media_url\` text,
  	\`version_contest_id\` integer,
  	\`version_round_status\` text DEFAULT 'registered',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contestants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contestants_v\`("id", "parent_id", "version_stage_name", "version_employer", "version_song", "version_photo_id", "version_media_url", "version_contest_id", "version_round_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_stage_name", "version_employer", "version_song", "version_photo_id", "version_media_url", "version_contest_id", "version_round_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_contestants_v\`;`)
  await db.run(sql`DROP TABLE \`_contestants_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contestants_v\` RENAME TO \`_contestants_v\`;`)
  await db.run(sql`CREATE INDEX \`_contestants_v_parent_idx\` ON \`_contestants_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version_photo_idx\` ON \`_contestants_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version_contest_idx\` ON \`_contestants_v\` (\`version_contest_id\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version_round_status_idx\` ON \`_contestants_v\` (\`version_round_status\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version_updated_at_idx\` ON \`_contestants_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version_created_at_idx\` ON \`_contestants_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_version_version__status_idx\` ON \`_contestants_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_created_at_idx\` ON \`_contestants_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_updated_at_idx\` ON \`_contestants_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contestants_v_latest_idx\` ON \`_contestants_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_quizzes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`questions_per_attempt\` numeric DEFAULT 10,
  	\`time_limit_seconds\` numeric DEFAULT 600,
  	\`attempts_per_day\` numeric DEFAULT 3,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quizzes\`("id", "title", "opens_at", "closes_at", "questions_per_attempt", "time_limit_seconds", "attempts_per_day", "updated_at", "created_at", "_status") SELECT "id", "title", "opens_at", "closes_at", "questions_per_attempt", "time_limit_seconds", "attempts_per_day", "updated_at", "created_at", "_status" FROM \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quizzes\` RENAME TO \`quizzes\`;`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes__status_idx\` ON \`quizzes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__quizzes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_questions_per_attempt\` numeric DEFAULT 10,
  	\`version_time_limit_seconds\` numeric DEFAULT 600,
  	\`version_attempts_per_day\` numeric DEFAULT 3,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__quizzes_v\`("id", "parent_id", "version_title", "version_opens_at", "version_closes_at", "version_questions_per_attempt", "version_time_limit_seconds", "version_attempts_per_day", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_opens_at", "version_closes_at", "version_questions_per_attempt", "version_time_limit_seconds", "version_attempts_per_day", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_quizzes_v\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__quizzes_v\` RENAME TO \`_quizzes_v\`;`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_parent_idx\` ON \`_quizzes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_updated_at_idx\` ON \`_quizzes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_created_at_idx\` ON \`_quizzes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version__status_idx\` ON \`_quizzes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_created_at_idx\` ON \`_quizzes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_updated_at_idx\` ON \`_quizzes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_latest_idx\` ON \`_quizzes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_quiz_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stem\` text,
  	\`explanation\` text,
  	\`category\` text,
  	\`difficulty\` text DEFAULT 'medium',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quiz_questions\`("id", "stem", "explanation", "category", "difficulty", "updated_at", "created_at", "_status") SELECT "id", "stem", "explanation", "category", "difficulty", "updated_at", "created_at", "_status" FROM \`quiz_questions\`;`)
  await db.run(sql`DROP TABLE \`quiz_questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_quiz_questions\` RENAME TO \`quiz_questions\`;`)
  await db.run(sql`CREATE INDEX \`quiz_questions_updated_at_idx\` ON \`quiz_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions_created_at_idx\` ON \`quiz_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions__status_idx\` ON \`quiz_questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__quiz_questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_stem\` text,
  	\`version_explanation\` text,
  	\`version_category\` text,
  	\`version_difficulty\` text DEFAULT 'medium',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quiz_questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__quiz_questions_v\`("id", "parent_id", "version_stem", "version_explanation", "version_category", "version_difficulty", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_stem", "version_explanation", "version_category", "version_difficulty", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_quiz_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_quiz_questions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__quiz_questions_v\` RENAME TO \`_quiz_questions_v\`;`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_parent_idx\` ON \`_quiz_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version_updated_at_idx\` ON \`_quiz_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version_created_at_idx\` ON \`_quiz_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version__status_idx\` ON \`_quiz_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_created_at_idx\` ON \`_quiz_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_updated_at_idx\` ON \`_quiz_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_latest_idx\` ON \`_quiz_questions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_enterprises\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`district\` text,
  	\`headcount\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_enterprises\`("id", "name", "district", "headcount", "updated_at", "created_at", "_status") SELECT "id", "name", "district", "headcount", "updated_at", "created_at", "_status" FROM \`enterprises\`;`)
  await db.run(sql`DROP TABLE \`enterprises\`;`)
  await db.run(sql`ALTER TABLE \`__new_enterprises\` RENAME TO \`enterprises\`;`)
  await db.run(sql`CREATE INDEX \`enterprises_updated_at_idx\` ON \`enterprises\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enterprises_created_at_idx\` ON \`enterprises\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`enterprises__status_idx\` ON \`enterprises\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__enterprises_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_district\` text,
  	\`version_headcount\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`enterprises\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__enterprises_v\`("id", "parent_id", "version_name", "version_district", "version_headcount", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_district", "version_headcount", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_enterprises_v\`;`)
  await db.run(sql`DROP TABLE \`_enterprises_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__enterprises_v\` RENAME TO \`_enterprises_v\`;`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_parent_idx\` ON \`_enterprises_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version_updated_at_idx\` ON \`_enterprises_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version_created_at_idx\` ON \`_enterprises_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version__status_idx\` ON \`_enterprises_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_created_at_idx\` ON \`_enterprises_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_updated_at_idx\` ON \`_enterprises_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_latest_idx\` ON \`_enterprises_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`published_at\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "title", "slug", "campaign_id", "published_at", "summary", "body", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "campaign_id", "published_at", "summary", "body", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_campaign_idx\` ON \`news\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_published_at\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_title", "version_slug", "version_campaign_id", "version_published_at", "version_summary", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_campaign_id", "version_published_at", "version_summary", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_campaign_idx\` ON \`_news_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "title", "slug", "body", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "body", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_title", "version_slug", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id", "model_workers_id", "innovation_studios_id", "books_id", "reading_events_id", "story_calls_id", "contests_id", "contestants_id", "quizzes_id", "quiz_questions_id", "enterprises_id", "news_id", "pages_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id", "model_workers_id", "innovation_studios_id", "books_id", "reading_events_id", "story_calls_id", "contests_id", "contestants_id", "quizzes_id", "quiz_questions_id", "enterprises_id", "news_id", "pages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
