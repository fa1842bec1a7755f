import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`model_workers_honors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`title\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_workers_honors_order_idx\` ON \`model_workers_honors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_honors_parent_id_idx\` ON \`model_workers_honors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`model_workers\` (
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
  await db.run(sql`CREATE INDEX \`model_workers_portrait_idx\` ON \`model_workers\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_updated_at_idx\` ON \`model_workers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_at_idx\` ON \`model_workers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers__status_idx\` ON \`model_workers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v_version_honors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`title\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_workers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_honors_order_idx\` ON \`_model_workers_v_version_honors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_honors_parent_id_idx\` ON \`_model_workers_v_version_honors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v\` (
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
  await db.run(sql`CREATE INDEX \`_model_workers_v_parent_idx\` ON \`_model_workers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_portrait_idx\` ON \`_model_workers_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_updated_at_idx\` ON \`_model_workers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_created_at_idx\` ON \`_model_workers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version__status_idx\` ON \`_model_workers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_created_at_idx\` ON \`_model_workers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_updated_at_idx\` ON \`_model_workers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_latest_idx\` ON \`_model_workers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`innovation_studios\` (
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
  await db.run(sql`CREATE INDEX \`innovation_studios_lead_idx\` ON \`innovation_studios\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios_updated_at_idx\` ON \`innovation_studios\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios_created_at_idx\` ON \`innovation_studios\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`innovation_studios__status_idx\` ON \`innovation_studios\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_innovation_studios_v\` (
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
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_parent_idx\` ON \`_innovation_studios_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_lead_idx\` ON \`_innovation_studios_v\` (\`version_lead_id\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_updated_at_idx\` ON \`_innovation_studios_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version_created_at_idx\` ON \`_innovation_studios_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_version_version__status_idx\` ON \`_innovation_studios_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_created_at_idx\` ON \`_innovation_studios_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_updated_at_idx\` ON \`_innovation_studios_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_innovation_studios_v_latest_idx\` ON \`_innovation_studios_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`books\` (
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
  await db.run(sql`CREATE INDEX \`books_isbn_idx\` ON \`books\` (\`isbn\`);`)
  await db.run(sql`CREATE INDEX \`books_cover_idx\` ON \`books\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`books_updated_at_idx\` ON \`books\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`books_created_at_idx\` ON \`books\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`books__status_idx\` ON \`books\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_books_v\` (
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
  await db.run(sql`CREATE INDEX \`_books_v_parent_idx\` ON \`_books_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_isbn_idx\` ON \`_books_v\` (\`version_isbn\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_cover_idx\` ON \`_books_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_updated_at_idx\` ON \`_books_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version_created_at_idx\` ON \`_books_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_version_version__status_idx\` ON \`_books_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_created_at_idx\` ON \`_books_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_updated_at_idx\` ON \`_books_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_books_v_latest_idx\` ON \`_books_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`reading_events\` (
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
  await db.run(sql`CREATE INDEX \`reading_events_updated_at_idx\` ON \`reading_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_events_created_at_idx\` ON \`reading_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_events__status_idx\` ON \`reading_events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_reading_events_v\` (
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
  await db.run(sql`CREATE INDEX \`_reading_events_v_parent_idx\` ON \`_reading_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version_updated_at_idx\` ON \`_reading_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version_created_at_idx\` ON \`_reading_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_version_version__status_idx\` ON \`_reading_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_created_at_idx\` ON \`_reading_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_updated_at_idx\` ON \`_reading_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_events_v_latest_idx\` ON \`_reading_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`story_calls\` (
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
  await db.run(sql`CREATE INDEX \`story_calls_updated_at_idx\` ON \`story_calls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`story_calls_created_at_idx\` ON \`story_calls\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`story_calls__status_idx\` ON \`story_calls\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_story_calls_v\` (
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
  await db.run(sql`CREATE INDEX \`_story_calls_v_parent_idx\` ON \`_story_calls_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version_updated_at_idx\` ON \`_story_calls_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version_created_at_idx\` ON \`_story_calls_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_version_version__status_idx\` ON \`_story_calls_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_created_at_idx\` ON \`_story_calls_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_updated_at_idx\` ON \`_story_calls_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_story_calls_v_latest_idx\` ON \`_story_calls_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`contests_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`judge_weight\` numeric,
  	\`public_weight\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_rounds_order_idx\` ON \`contests_rounds\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contests_rounds_parent_id_idx\` ON \`contests_rounds\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests\` (
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
  await db.run(sql`CREATE INDEX \`contests_updated_at_idx\` ON \`contests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contests_created_at_idx\` ON \`contests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contests__status_idx\` ON \`contests\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v_version_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`judge_weight\` numeric,
  	\`public_weight\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contests_v_version_rounds_order_idx\` ON \`_contests_v_version_rounds\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_rounds_parent_id_idx\` ON \`_contests_v_version_rounds\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contests_v\` (
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
  await db.run(sql`CREATE INDEX \`_contests_v_parent_idx\` ON \`_contests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_updated_at_idx\` ON \`_contests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version_created_at_idx\` ON \`_contests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_version_version__status_idx\` ON \`_contests_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_created_at_idx\` ON \`_contests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_updated_at_idx\` ON \`_contests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contests_v_latest_idx\` ON \`_contests_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`contestants\` (
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
  await db.run(sql`CREATE INDEX \`contestants_photo_idx\` ON \`contestants\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`contestants_contest_idx\` ON \`contestants\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contestants_round_status_idx\` ON \`contestants\` (\`round_status\`);`)
  await db.run(sql`CREATE INDEX \`contestants_updated_at_idx\` ON \`contestants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contestants_created_at_idx\` ON \`contestants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contestants__status_idx\` ON \`contestants\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_contestants_v\` (
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
  await db.run(sql`CREATE TABLE \`quizzes\` (
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
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes__status_idx\` ON \`quizzes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v\` (
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
  await db.run(sql`CREATE INDEX \`_quizzes_v_parent_idx\` ON \`_quizzes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_updated_at_idx\` ON \`_quizzes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_created_at_idx\` ON \`_quizzes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version__status_idx\` ON \`_quizzes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_created_at_idx\` ON \`_quizzes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_updated_at_idx\` ON \`_quizzes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_latest_idx\` ON \`_quizzes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`quiz_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quiz_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_questions_options_order_idx\` ON \`quiz_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions_options_parent_id_idx\` ON \`quiz_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_questions_correct_answers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quiz_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_questions_correct_answers_order_idx\` ON \`quiz_questions_correct_answers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions_correct_answers_parent_idx\` ON \`quiz_questions_correct_answers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_questions\` (
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
  await db.run(sql`CREATE INDEX \`quiz_questions_updated_at_idx\` ON \`quiz_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions_created_at_idx\` ON \`quiz_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quiz_questions__status_idx\` ON \`quiz_questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_quiz_questions_v_version_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quiz_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_options_order_idx\` ON \`_quiz_questions_v_version_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_options_parent_id_idx\` ON \`_quiz_questions_v_version_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quiz_questions_v_version_correct_answers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quiz_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_correct_answers_order_idx\` ON \`_quiz_questions_v_version_correct_answers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_correct_answers_parent_idx\` ON \`_quiz_questions_v_version_correct_answers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quiz_questions_v\` (
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
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_parent_idx\` ON \`_quiz_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version_updated_at_idx\` ON \`_quiz_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version_created_at_idx\` ON \`_quiz_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_version_version__status_idx\` ON \`_quiz_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_created_at_idx\` ON \`_quiz_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_updated_at_idx\` ON \`_quiz_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quiz_questions_v_latest_idx\` ON \`_quiz_questions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`enterprises\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`district\` text,
  	\`headcount\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`enterprises_updated_at_idx\` ON \`enterprises\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enterprises_created_at_idx\` ON \`enterprises\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`enterprises__status_idx\` ON \`enterprises\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_enterprises_v\` (
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
  await db.run(sql`CREATE INDEX \`_enterprises_v_parent_idx\` ON \`_enterprises_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version_updated_at_idx\` ON \`_enterprises_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version_created_at_idx\` ON \`_enterprises_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_version_version__status_idx\` ON \`_enterprises_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_created_at_idx\` ON \`_enterprises_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_updated_at_idx\` ON \`_enterprises_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_latest_idx\` ON \`_enterprises_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_campaign_idx\` ON \`news\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
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
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
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
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`footer_text\` text,
  	\`icp_number\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`innovation_studios_id\` integer REFERENCES innovation_studios(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`books_id\` integer REFERENCES books(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reading_events_id\` integer REFERENCES reading_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`story_calls_id\` integer REFERENCES story_calls(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contests_id\` integer REFERENCES contests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contestants_id\` integer REFERENCES contestants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_questions_id\` integer REFERENCES quiz_questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`enterprises_id\` integer REFERENCES enterprises(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`news_id\` integer REFERENCES news(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pages_id\` integer REFERENCES pages(id);`)
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

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`model_workers_honors\`;`)
  await db.run(sql`DROP TABLE \`model_workers\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v_version_honors\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v\`;`)
  await db.run(sql`DROP TABLE \`innovation_studios\`;`)
  await db.run(sql`DROP TABLE \`_innovation_studios_v\`;`)
  await db.run(sql`DROP TABLE \`books\`;`)
  await db.run(sql`DROP TABLE \`_books_v\`;`)
  await db.run(sql`DROP TABLE \`reading_events\`;`)
  await db.run(sql`DROP TABLE \`_reading_events_v\`;`)
  await db.run(sql`DROP TABLE \`story_calls\`;`)
  await db.run(sql`DROP TABLE \`_story_calls_v\`;`)
  await db.run(sql`DROP TABLE \`contests_rounds\`;`)
  await db.run(sql`DROP TABLE \`contests\`;`)
  await db.run(sql`DROP TABLE \`_contests_v_version_rounds\`;`)
  await db.run(sql`DROP TABLE \`_contests_v\`;`)
  await db.run(sql`DROP TABLE \`contestants\`;`)
  await db.run(sql`DROP TABLE \`_contestants_v\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v\`;`)
  await db.run(sql`DROP TABLE \`quiz_questions_options\`;`)
  await db.run(sql`DROP TABLE \`quiz_questions_correct_answers\`;`)
  await db.run(sql`DROP TABLE \`quiz_questions\`;`)
  await db.run(sql`DROP TABLE \`_quiz_questions_v_version_options\`;`)
  await db.run(sql`DROP TABLE \`_quiz_questions_v_version_correct_answers\`;`)
  await db.run(sql`DROP TABLE \`_quiz_questions_v\`;`)
  await db.run(sql`DROP TABLE \`enterprises\`;`)
  await db.run(sql`DROP TABLE \`_enterprises_v\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "campaigns_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
}
