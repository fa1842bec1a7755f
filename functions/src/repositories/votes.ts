import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { VoteQuotaKind } from '@union/schemas';
import {
  candidateDayQuotaSortKey,
  dayQuotaSortKey,
  participantIndexPartition,
  quotaPartition,
  roundQuotaSortKey,
  voteKey,
} from './keys.ts';
import { conditionFailed, transactWrite } from './transactions.ts';

/** A vote about to be cast. */
export interface NewVote {
  receipt: string;
  /**
   * Who casts it: the phone hash of a verified participant, or the client hash standing in for an
   * unverified voter (campaigns that do not require verification).
   */
  voterHash: string;
  /** Only a verified participant's votes go into the participant index (我的参与, deletion on request). */
  verified: boolean;
  campaign: string;
  round: string;
  candidate: string;
  /** Asia/Shanghai `YYYY-MM-DD` of `castAt`. */
  day: string;
  castAt: string;
  requestHash: string;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

/** One quota counter the vote must stay within. */
export interface QuotaCounter {
  kind: VoteQuotaKind;
  limit: number;
  /** TTL of the counter, epoch seconds. */
  expiresAt: number;
}

/** A vote as stored, without anything that identifies who cast it. */
export interface StoredVote {
  receipt: string;
  campaign: string;
  round: string;
  candidate: string;
  castAt: string;
  requestHash: string;
  countedAt?: string;
  voidedAt?: string;
  voidReason?: string;
}

export type CastResult =
  | { outcome: 'accepted' }
  /** The receipt already has a vote (a retry, or a reused key): the caller compares `requestHash`. */
  | { outcome: 'exists'; vote: StoredVote }
  | { outcome: 'quota-exceeded'; quota: QuotaCounter };

// The order of the items in the transaction, which is also the order of its cancellation reasons.
const VOTE = 0;

function storedVote(item: Record<string, unknown>): StoredVote {
  const text = (name: string) => (typeof item[name] === 'string' ? (item[name] as string) : undefined);
  const countedAt = text('countedAt');
  const voidedAt = text('voidedAt');
  const voidReason = text('voidReason');
  return {
    receipt: String(item.pk).slice('VOTE#'.length),
    campaign: String(item.campaign),
    round: String(item.round),
    candidate: String(item.candidate),
    castAt: String(item.castAt),
    requestHash: String(item.requestHash),
    ...(countedAt ? { countedAt } : {}),
    ...(voidedAt ? { voidedAt } : {}),
    ...(voidReason ? { voidReason } : {}),
  };
}

/**
 * Votes: item `VOTE#<receipt>` / `VOTE`, and the voter's quota counters `QUOTA#<voterHash>` /
 * `<campaign>#<round>#DAY#<day>[#CAND#<candidate>]` and `<campaign>#<round>#ROUND` (shapes in lib/tables.ts).
 */
export function votesRepository(doc: DynamoDBDocumentClient, tableName: string) {
  const quotaSortKey = (vote: NewVote, kind: VoteQuotaKind): string => {
    switch (kind) {
      case 'perParticipantPerDay':
        return dayQuotaSortKey(vote.campaign, vote.round, vote.day);
      case 'perCandidatePerDay':
        return candidateDayQuotaSortKey(vote.campaign, vote.round, vote.day, vote.candidate);
      case 'perParticipantPerRound':
        return roundQuotaSortKey(vote.campaign, vote.round);
    }
  };

  return {
    /**
     * One transaction: the vote's put (refused when its receipt already has a vote, so a retry never
     * counts twice) and one conditional increment per quota (refused once the counter reached its
     * limit, so parallel votes cannot overshoot it). Either all happen or none: a refused vote uses up
     * no quota, and a vote that exists has used up its quota once.
     */
    async cast(vote: NewVote, quotas: readonly QuotaCounter[]): Promise<CastResult> {
      const { receipt, voterHash, verified, ...attributes } = vote;
      const result = await transactWrite(doc, {
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...voteKey(receipt),
                entity: 'vote',
                ...attributes,
                ...(verified ? { gsi1pk: participantIndexPartition(voterHash), gsi1sk: `VOTE#${vote.castAt}#${receipt}` } : {}),
              },
              ConditionExpression: 'attribute_not_exists(pk)',
              // The existing vote comes back with the refusal, so a retry is answered without another read.
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
          ...quotas.map((quota) => ({
            Update: {
              TableName: tableName,
              Key: { pk: quotaPartition(voterHash), sk: quotaSortKey(vote, quota.kind) },
              UpdateExpression: 'SET #entity = :entity, expiresAt = :expiresAt ADD #count :one',
              ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
              ExpressionAttributeNames: { '#entity': 'entity', '#count': 'count' },
              ExpressionAttributeValues: { ':entity': 'vote-quota', ':expiresAt': quota.expiresAt, ':one': 1, ':limit': quota.limit },
            },
          })),
        ],
      });
      if (result.committed) return { outcome: 'accepted' };
      // A vote that exists decides first: its quota was used when it was cast.
      if (conditionFailed(result.reasons, VOTE)) {
        const old = result.reasons[VOTE]?.item;
        const existing = old?.pk ? storedVote(old) : await this.get(receipt);
        if (!existing) throw new Error('A vote refused as existing could not be read');
        return { outcome: 'exists', vote: existing };
      }
      const quota = quotas.find((_, i) => conditionFailed(result.reasons, i + 1));
      if (!quota) throw new Error(`Vote cancelled for an unexpected reason: ${result.reasons.map((r) => r.code).join(', ')}`);
      return { outcome: 'quota-exceeded', quota };
    },

    /**
     * The vote with this receipt (read consistently, so a vote just cast is found), or undefined; a vote
     * past its TTL counts as gone even before DynamoDB sweeps it.
     */
    async get(receipt: string, nowMs: number = Date.now()): Promise<StoredVote | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: voteKey(receipt), ConsistentRead: true }));
      if (!Item || (typeof Item.expiresAt === 'number' && Item.expiresAt * 1000 <= nowMs)) return undefined;
      return storedVote(Item);
    },
  };
}

export type VotesRepository = ReturnType<typeof votesRepository>;
