import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_voting_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_voting_rounds_order_idx\` ON \`campaigns_voting_rounds\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_voting_rounds_parent_id_idx\` ON \`campaigns_voting_rounds\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contestants_id\` integer,
  	\`model_workers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contestants_id\`) REFERENCES \`contestants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_contestants_id_idx\` ON \`campaigns_rels\` (\`contestants_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_model_workers_id_idx\` ON \`campaigns_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_voting_rounds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_voting_rounds_order_idx\` ON \`_campaigns_v_version_voting_rounds\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_voting_rounds_parent_id_idx\` ON \`_campaigns_v_version_voting_rounds\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contestants_id\` integer,
  	\`model_workers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contestants_id\`) REFERENCES \`contestants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_contestants_id_idx\` ON \`_campaigns_v_rels\` (\`contestants_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_model_workers_id_idx\` ON \`_campaigns_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`voting_flag_votes_per_minute\` numeric;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_voting_flag_votes_per_minute\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_voting_rounds\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_voting_rounds\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`voting_flag_votes_per_minute\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_voting_flag_votes_per_minute\`;`)
}
