import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { syncAllCampaignRules } from '../collections/Campaigns/hooks/pushCampaignRules.ts';
import { rulesSyncSettings } from '../collections/Campaigns/hooks/rulesApi.ts';
import { SLUGS, type Role } from '../slugs.ts';
import { SEED_CAMPAIGNS, type SeedCampaign } from './campaigns.ts';
import { seedContent, type ContentCounts } from './content.ts';
import { renderCover } from './cover.ts';
import { seedVotingRounds } from './votingRounds.ts';

export interface SeedOptions {
  /** Email of the admin account. */
  adminEmail?: string;
  /** Password for the accounts the seed creates; a random one per account when absent. */
  password?: string | null;
  /** Where created credentials are written (and read back, so a password is only generated once). */
  credentialsFile?: string;
  /** The day the demo dates are relative to. */
  now?: Date;
  /** Also generate 300 model workers and 2,000 contestants for benchmarks. */
  scale?: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  created: { users: string[]; media: string[]; campaigns: string[]; content: ContentCounts; votingRounds: string[] };
  /** Published campaigns pushed to the participation API (0 when the sync is off). */
  synced: number;
}

export interface SeedCredential {
  role: Role;
  email: string;
  password: string;
}

export const EDITOR_EMAIL = 'editor@example.com';
export const REVIEWER_EMAIL = 'reviewer@example.com';
export const VIEWER_EMAIL = 'viewer@example.com';

/** The data folder of a running CMS, as its config records it. */
function dataDirOf(payload: Payload): string {
  const dataDir = (payload.config.custom as { dataDir?: string } | undefined)?.dataDir;
  if (!dataDir) throw new Error('The Payload config does not record its data folder (custom.dataDir)');
  return dataDir;
}

function readCredentials(file: string): SeedCredential[] {
  if (!fs.existsSync(file)) return [];
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts?: SeedCredential[] };
    return Array.isArray(parsed.accounts) ? parsed.accounts : [];
  } catch {
    return [];
  }
}

function writeCredentials(file: string, accounts: SeedCredential[]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = { note: 'Demo accounts created by `npm run seed`. Local use only; change them before sharing the CMS.', accounts };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
}

async function ensureUser(
  payload: Payload,
  account: { role: Role; email: string; name: string },
  options: { password: string | null; known: SeedCredential[] },
): Promise<SeedCredential | null> {
  const existing = await payload.find({
    collection: SLUGS.users,
    where: { email: { equals: account.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  if (existing.totalDocs > 0) return null;
  const password =
    options.password ??
    options.known.find((c) => c.email === account.email)?.password ??
    randomBytes(12).toString('base64url');
  await payload.create({
    collection: SLUGS.users,
    data: { email: account.email, name: account.name, password, roles: [account.role] },
    overrideAccess: true,
  });
  return { role: account.role, email: account.email, password };
}

async function ensureCover(payload: Payload, campaign: SeedCampaign, created: string[]): Promise<number> {
  const filename = `cover-${campaign.slug}.webp`;
  const existing = await payload.find({
    collection: SLUGS.media,
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  if (existing.docs[0]) return existing.docs[0].id;
  const data = await renderCover(campaign.kind, campaign.colour, campaign.slug);
  const media = await payload.create({
    collection: SLUGS.media,
    data: { alt: campaign.coverAlt },
    file: { data, mimetype: 'image/webp', name: filename, size: data.length },
    overrideAccess: true,
  });
  created.push(media.filename ?? filename);
  return media.id;
}

/**
 * Fills an empty CMS with demo accounts, one published campaign per kind and the campaigns'
 * content (see seedContent). Idempotent: accounts are matched by email, campaigns by slug,
 * images by file name, content by natural keys, and nothing that exists is changed, so running
 * it again creates nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? new Date();
  const credentialsFile = options.credentialsFile ?? path.join(dataDirOf(payload), 'admin-credentials.json');
  const known = readCredentials(credentialsFile);
  const result: SeedResult = { created: { users: [], media: [], campaigns: [], content: {}, votingRounds: [] }, synced: 0 };

  const accounts = [
    { role: 'admin' as const, email: options.adminEmail ?? 'admin@example.com', name: '系统管理员' },
    { role: 'editor' as const, email: EDITOR_EMAIL, name: '活动编辑' },
    { role: 'reviewer' as const, email: REVIEWER_EMAIL, name: '内容审核' },
    { role: 'viewer' as const, email: VIEWER_EMAIL, name: '只读账号' },
  ];
  const createdCredentials: SeedCredential[] = [];
  for (const account of accounts) {
    const credential = await ensureUser(payload, account, { password: options.password ?? null, known });
    if (credential) createdCredentials.push(credential);
  }
  if (createdCredentials.length > 0) {
    const merged = [...known.filter((k) => !createdCredentials.some((c) => c.email === k.email)), ...createdCredentials];
    writeCredentials(credentialsFile, merged);
    for (const c of createdCredentials) log(`Created ${c.role} account: ${c.email} / ${c.password}`);
    log(`Credentials saved to ${credentialsFile}`);
    result.created.users = createdCredentials.map((c) => c.email);
  }

  for (const campaign of SEED_CAMPAIGNS) {
    const existing = await payload.count({
      collection: SLUGS.campaigns,
      where: { slug: { equals: campaign.slug } },
      overrideAccess: true,
    });
    if (existing.totalDocs > 0) continue;
    const cover = await ensureCover(payload, campaign, result.created.media);
    const { startsAt, endsAt, registration } = campaign.schedule(now);
    await payload.create({
      collection: SLUGS.campaigns,
      data: {
        title: campaign.title,
        slug: campaign.slug,
        kind: campaign.kind,
        summary: campaign.summary,
        cover,
        body: campaign.body,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt?.toISOString() ?? null,
        registration: {
          enabled: registration.enabled,
          opensAt: registration.opensAt?.toISOString() ?? null,
          closesAt: registration.closesAt?.toISOString() ?? null,
          capacity: registration.capacity ?? null,
        },
        // Voting with a round opens once its candidates exist (seedVotingRounds, below).
        voting: campaign.voting
          ? { enabled: !campaign.votingRound, requiresVerifiedParticipant: true, perParticipantPerRound: null, ...campaign.voting }
          : { enabled: false },
        _status: 'published',
        review: { state: 'approved' },
      },
      overrideAccess: true,
    });
    result.created.campaigns.push(campaign.slug);
    log(`Created campaign ${campaign.slug}`);
  }

  result.created.content = await seedContent(payload, { now, scale: options.scale ?? false, log, createdMedia: result.created.media });
  result.created.votingRounds = await seedVotingRounds(payload, SEED_CAMPAIGNS, now, log);

  if (rulesSyncSettings(payload).url) {
    result.synced = await syncAllCampaignRules(payload);
    log(`Pushed the rules of ${result.synced} published campaign(s) to the participation API`);
  }
  return result;
}
