import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OtpPurpose } from '@union/schemas';
import { otpChallengeKey, otpClientPartition, otpPhonePartition, otpRateSortKey } from './keys.ts';
import { windowCounterIncrement } from './rate-limits.ts';
import { conditionFailed, transactWrite } from './transactions.ts';

/** A code about to be sent to one phone. */
export interface NewChallenge {
  phoneHash: string;
  /** HMAC of the code (lib/otp.ts): the code itself is never stored. */
  codeHash: string;
  purpose: OtpPurpose;
  attempts: number;
  /** Epoch seconds: the code's expiry and the item's TTL. */
  expiresAt: number;
  /** Until then (epoch ms) no new code replaces this one. */
  resendAfterMs: number;
}

/** One fixed-window send counter the issue must stay below. */
export interface SendLimit {
  /** Whose sends it counts: a phone or a client address (both as keyed hashes). */
  scope: { phoneHash: string } | { clientHash: string };
  windowSeconds: number;
  /** Epoch seconds. */
  windowStart: number;
  max: number;
}

export type IssueResult =
  | { issued: true }
  /** `limit` is the index of the refusing limit; `cooldown` means the last code is younger than its resend time. */
  | { issued: false; refusedBy: 'cooldown'; resendAfterMs: number }
  | { issued: false; refusedBy: 'limit'; limit: number };

/** The stored challenge after one try was counted against it. */
export interface CountedChallenge {
  codeHash: string;
  purpose: OtpPurpose;
  attemptsLeft: number;
}

export type AttemptResult =
  | { counted: true; challenge: CountedChallenge }
  /** No code (never sent, already used, or expired and swept), an expired one, or no tries left. */
  | { counted: false; reason: 'missing' | 'expired' | 'locked' };

const CHALLENGE = 0;

function limitKey(limit: SendLimit) {
  const pk = 'phoneHash' in limit.scope ? otpPhonePartition(limit.scope.phoneHash) : otpClientPartition(limit.scope.clientHash);
  return { pk, sk: otpRateSortKey(limit.windowSeconds, limit.windowStart) };
}

/**
 * One-time codes: item `OTP#<phoneHash>` / `CHALLENGE`, and the send counters `OTP#<phoneHash>` and
 * `OTPCLIENT#<clientHash>` / `RATE#<seconds>#<start>` (shapes in lib/tables.ts).
 */
export function otpChallengesRepository(doc: DynamoDBDocumentClient, tableName: string) {
  const challengeKey = otpChallengeKey;
  return {
    /**
     * One transaction: the put that replaces the phone's code (only once its resend time has passed)
     * and one conditional increment per send limit. Either all happen or none, so a refused send
     * neither uses up a counter nor replaces a code.
     */
    async issue(challenge: NewChallenge, limits: readonly SendLimit[], nowMs: number): Promise<IssueResult> {
      const { phoneHash, attempts, ...attributes } = challenge;
      const result = await transactWrite(doc, {
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: { ...challengeKey(phoneHash), entity: 'otp-challenge', ...attributes, attemptsLeft: attempts },
              ConditionExpression: 'attribute_not_exists(pk) OR resendAfterMs <= :now',
              ExpressionAttributeValues: { ':now': nowMs },
            },
          },
          ...limits.map((limit) => ({ Update: windowCounterIncrement(tableName, limitKey(limit), limit, 'otp-send-count') })),
        ],
      });
      if (result.committed) return { issued: true };
      if (conditionFailed(result.reasons, CHALLENGE)) {
        const current = await doc.send(new GetCommand({ TableName: tableName, Key: challengeKey(phoneHash), ConsistentRead: true }));
        return { issued: false, refusedBy: 'cooldown', resendAfterMs: Number(current.Item?.resendAfterMs ?? nowMs) };
      }
      const limit = limits.findIndex((_, i) => conditionFailed(result.reasons, i + 1));
      if (limit === -1) throw new Error(`Code issue cancelled for an unexpected reason: ${result.reasons.map((r) => r.code).join(', ')}`);
      return { issued: false, refusedBy: 'limit', limit };
    },

    /**
     * Counts one try against the phone's code, atomically: the decrement is refused once no tries are
     * left or the code has expired, so any number of parallel tries is counted at most `attempts` times.
     * Every try counts, the right one too; the caller compares the code and then calls `consume`.
     */
    async countAttempt(phoneHash: string, nowMs: number): Promise<AttemptResult> {
      const nowSeconds = Math.floor(nowMs / 1000);
      try {
        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: challengeKey(phoneHash),
            UpdateExpression: 'SET attemptsLeft = attemptsLeft - :one',
            ConditionExpression: 'attribute_exists(pk) AND attemptsLeft > :zero AND expiresAt > :now',
            ExpressionAttributeValues: { ':one': 1, ':zero': 0, ':now': nowSeconds },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return {
          counted: true,
          challenge: {
            codeHash: String(Attributes?.codeHash),
            purpose: Attributes?.purpose as OtpPurpose,
            attemptsLeft: Number(Attributes?.attemptsLeft),
          },
        };
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'ConditionalCheckFailedException') throw error;
      }
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: challengeKey(phoneHash), ConsistentRead: true }));
      if (!Item) return { counted: false, reason: 'missing' };
      if (Number(Item.expiresAt) <= nowSeconds) return { counted: false, reason: 'expired' };
      return { counted: false, reason: 'locked' };
    },

    /** Deletes the code that was just matched, unless another request used (or replaced) it first: single use. */
    async consume(phoneHash: string, codeHash: string): Promise<boolean> {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: challengeKey(phoneHash),
            ConditionExpression: 'codeHash = :codeHash',
            ExpressionAttributeValues: { ':codeHash': codeHash },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },
  };
}

export type OtpChallengesRepository = ReturnType<typeof otpChallengesRepository>;
