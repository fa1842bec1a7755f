import {
  campaignRulesSchema,
  errorEnvelopeSchema,
  RULES_TOO_LARGE_MESSAGE,
  TOO_MANY_MODEL_WORKERS_MESSAGE,
  TOO_MANY_SELECTED_CANDIDATES_MESSAGE,
  type CampaignRules,
} from '@union/schemas';
import { APIError, ValidationError, type Payload, type PayloadRequest } from 'payload';
import * as z from 'zod/mini';
import { candidateSourceOf } from '../votingRounds.ts';
import {
  candidateIdOfRef,
  publishedCandidateNames,
  publishedModelWorkers,
  type CandidateNames,
  type CandidateRef,
  type NamedCandidate,
} from './votingCandidates.ts';

/** Where the participation API listens and how the CMS proves who it is; carried in `config.custom.rulesSync`. */
export interface RulesSyncSettings {
  /** Base URL of the participation API; null when the sync is off. */
  url: string | null;
  token: string;
  timeoutMs?: number;
}

export const PUBLISH_SYNC_FAILED = '发布失败：无法同步活动规则到报名服务，请稍后重试';
export const UNPUBLISH_SYNC_FAILED = '取消发布失败：无法从报名服务移除活动规则，请稍后重试';
export const DELETE_SYNC_FAILED = '删除失败：无法从报名服务移除活动规则，请稍后重试';

/**
 * A failed exchange with the participation API. Public, so the editor sees the Chinese message;
 * named explicitly because a minified production build blanks class names, and Payload's REST
 * error formatter drops the message of an error that has neither a name nor data.
 */
export class RulesSyncError extends APIError<{ slug: string; upstreamStatus: number | null }> {
  constructor(message: string, slug: string, upstreamStatus: number | null) {
    super(message, 502, { slug, upstreamStatus }, true);
    this.name = 'RulesSyncError';
  }
}

/**
 * A snapshot the API could not store, because its rounds list more candidates than it takes: the
 * editor's to fix (fewer rounds or candidates), so a public 422 naming the campaign, not a sync failure.
 */
export class RulesTooLargeError extends APIError<{ slug: string }> {
  constructor(message: string, slug: string) {
    super(message, 422, { slug }, true);
    this.name = 'RulesTooLargeError';
  }
}

const SIZE_MESSAGES: readonly string[] = [RULES_TOO_LARGE_MESSAGE, TOO_MANY_MODEL_WORKERS_MESSAGE, TOO_MANY_SELECTED_CANDIDATES_MESSAGE];

/** The refusal to show when building the snapshot failed on its size, or null for any other failure. */
export function sizeRefusal(err: unknown, doc: Pick<CampaignRulesSource, 'slug' | 'title'>): RulesTooLargeError | null {
  if (!(err instanceof z.core.$ZodError)) return null;
  const issue = err.issues.find((i) => SIZE_MESSAGES.includes(i.message));
  return issue ? new RulesTooLargeError(`活动“${doc.title}”无法同步到报名服务：${issue.message}`, doc.slug) : null;
}

/** The participation API answered with an error status (as opposed to not answering at all). */
class UpstreamStatusError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const upstreamStatusOf = (err: unknown) => (err instanceof UpstreamStatusError ? err.status : null);

/** The sync settings of a running Payload; a config without them has the sync off. */
export function rulesSyncSettings(payload: Payload): RulesSyncSettings {
  const settings = (payload.config.custom as { rulesSync?: RulesSyncSettings } | undefined)?.rulesSync;
  return settings ?? { url: null, token: '' };
}

/** The fields of a campaign document the participation API needs. */
export interface CampaignRulesSource {
  slug: string;
  title: string;
  kind: string;
  registration?: {
    enabled?: boolean | null;
    opensAt?: string | null;
    closesAt?: string | null;
    capacity?: number | null;
    requiresVerifiedParticipant?: boolean | null;
  } | null;
  voting?: {
    enabled?: boolean | null;
    requiresVerifiedParticipant?: boolean | null;
    perParticipantPerDay?: number | null;
    perCandidatePerDay?: number | null;
    perParticipantPerRound?: number | null;
    flagVotesPerMinute?: number | null;
    rounds?: Array<{
      /** The array row id, which the API and the sites know the round by. */
      id?: string | null;
      name: string;
      opensAt: string;
      closesAt: string;
      /** Absent or null on rows saved before sources existed: picked. */
      candidateSource?: 'selected' | 'all-model-workers' | null;
      candidates?: CandidateRef[] | null;
    }> | null;
  } | null;
  updatedAt: string;
}

const iso = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/**
 * Builds the rules snapshot of a published campaign, validated against the shared contract.
 * `candidates` holds the published candidates picked for rounds (see publishedCandidateNames);
 * others are left out. A round of every published model worker lists `allModelWorkers`.
 */
export function buildRulesSnapshot(
  doc: CampaignRulesSource,
  candidates: CandidateNames = new Map(),
  allModelWorkers: readonly NamedCandidate[] = [],
): CampaignRules {
  return campaignRulesSchema.parse({
    slug: doc.slug,
    title: doc.title,
    kind: doc.kind,
    registration: {
      enabled: doc.registration?.enabled === true,
      opensAt: iso(doc.registration?.opensAt),
      closesAt: iso(doc.registration?.closesAt),
      capacity: doc.registration?.enabled === true ? (doc.registration?.capacity ?? null) : null,
      requiresVerifiedParticipant: doc.registration?.requiresVerifiedParticipant === true,
    },
    voting: {
      enabled: doc.voting?.enabled === true,
      // Verification is the default: only an explicit "no" turns it off.
      requiresVerifiedParticipant: doc.voting?.requiresVerifiedParticipant !== false,
      perParticipantPerDay: doc.voting?.perParticipantPerDay ?? null,
      perCandidatePerDay: doc.voting?.perCandidatePerDay ?? null,
      perParticipantPerRound: doc.voting?.perParticipantPerRound ?? null,
      flagVotesPerMinute: doc.voting?.flagVotesPerMinute ?? null,
      rounds: (doc.voting?.rounds ?? []).map((round) => ({
        id: round.id,
        name: round.name,
        opensAt: iso(round.opensAt),
        closesAt: iso(round.closesAt),
        candidateSource: candidateSourceOf(round),
        candidates:
          candidateSourceOf(round) === 'all-model-workers'
            ? allModelWorkers
            : (round.candidates ?? []).flatMap((ref) => {
                const id = candidateIdOfRef(ref);
                const name = id === null ? undefined : candidates.get(id);
                return id !== null && name !== undefined ? [{ id, name }] : [];
              }),
      })),
    },
    updatedAt: iso(doc.updatedAt),
  });
}

/** Connection errors that mean the request got no answer at all, as opposed to a slow or refusing API. */
const DROPPED_CONNECTION_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

const droppedConnection = (err: unknown) =>
  err instanceof TypeError && DROPPED_CONNECTION_CODES.has(String((err.cause as { code?: unknown } | undefined)?.code));

async function callRulesApi(settings: RulesSyncSettings & { url: string }, method: 'PUT' | 'DELETE', slug: string, body?: CampaignRules) {
  const url = `${settings.url}/v1/internal/campaigns/${encodeURIComponent(slug)}`;
  const send = () =>
    fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${settings.token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
    });
  // fetch may send on a pooled keep-alive connection the API closed while idle (nodejs/undici#3492),
  // e.g. after the seed spent a minute writing contestants. Both methods are idempotent (the API takes
  // an equal updatedAt again; deleting twice is deleting), so one retry on a fresh connection is safe.
  const response = await send().catch((err: unknown) => {
    if (droppedConnection(err)) return send();
    throw err;
  });
  const text = await response.text();
  // Deleting what is already gone is the outcome we wanted.
  if (method === 'DELETE' && response.status === 404) return;
  const refusal = capacityRefusal(response.status, text);
  if (refusal) throw refusal;
  if (!response.ok) throw new UpstreamStatusError(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`, response.status);
}

/**
 * The API refuses a capacity below the registrations it already confirmed: that is the editor's
 * input to fix, so it comes back as a field error on 名额 with the API's message naming both numbers.
 */
function capacityRefusal(status: number, text: string): ValidationError | null {
  if (status !== 409) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = errorEnvelopeSchema.safeParse(body);
  if (!envelope.success || envelope.data.error.code !== 'CAPACITY_BELOW_REGISTRATIONS') return null;
  return new ValidationError({ collection: 'campaigns', errors: [{ path: 'registration.capacity', message: envelope.data.error.message }] });
}

/** Pushes a campaign's rules to the participation API; any failure becomes a public APIError with `message`. */
export async function putCampaignRules(
  payload: Payload,
  doc: CampaignRulesSource,
  message = PUBLISH_SYNC_FAILED,
  req?: PayloadRequest,
): Promise<void> {
  const settings = rulesSyncSettings(payload);
  if (!settings.url) return;
  // A database failure here is not the API's: it propagates as it is.
  const rounds = doc.voting?.rounds ?? [];
  const candidates = await publishedCandidateNames(payload, rounds, req);
  const allModelWorkers = rounds.some((round) => candidateSourceOf(round) === 'all-model-workers') ? await publishedModelWorkers(payload, req) : [];
  try {
    const snapshot = buildRulesSnapshot(doc, candidates, allModelWorkers);
    await callRulesApi({ ...settings, url: settings.url }, 'PUT', snapshot.slug, snapshot);
    payload.logger.info({ msg: 'Campaign rules pushed to the participation API', slug: doc.slug });
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    const refusal = sizeRefusal(err, doc);
    if (refusal) throw refusal;
    payload.logger.error({ err, msg: 'Campaign rules push failed', slug: doc.slug });
    throw new RulesSyncError(message, doc.slug, upstreamStatusOf(err));
  }
}

/** Removes a snapshot from the participation API; a failure becomes a public APIError with `message`. */
export async function removeCampaignRules(payload: Payload, slug: string, message = DELETE_SYNC_FAILED): Promise<void> {
  const settings = rulesSyncSettings(payload);
  if (!settings.url) return;
  try {
    await callRulesApi({ ...settings, url: settings.url }, 'DELETE', slug);
    payload.logger.info({ msg: 'Campaign rules removed from the participation API', slug });
  } catch (err) {
    payload.logger.error({ err, msg: 'Campaign rules removal failed', slug });
    throw new RulesSyncError(message, slug, upstreamStatusOf(err));
  }
}
