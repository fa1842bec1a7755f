import { randomBytes } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CampaignRules } from '@union/schemas';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { participantIndexPartition, voteKey } from '../../src/repositories/keys.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export interface VoteItemInput {
  campaign: string;
  round: string;
  candidate: string;
  castAt?: string;
  receipt?: string;
  phoneHash?: string;
}

/**
 * A vote item exactly as the contract describes what POST /v1/votes writes (the votes work lands
 * separately; the tally must work on its items as they are).
 */
export function voteItem({ campaign, round, candidate, castAt = new Date().toISOString(), receipt = hex(16), phoneHash = hex(32) }: VoteItemInput) {
  const day = new Date(Date.parse(castAt) + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return {
    ...voteKey(receipt),
    entity: 'vote',
    campaign,
    round,
    candidate,
    day,
    castAt,
    requestHash: hex(32),
    gsi1pk: participantIndexPartition(phoneHash),
    gsi1sk: `VOTE#${castAt}#${receipt}`,
    expiresAt: Math.floor((Date.parse(castAt) + 400 * DAY_MS) / 1000),
  };
}
export type VoteItem = ReturnType<typeof voteItem>;

export const receiptOf = (item: VoteItem): string => item.pk.slice('VOTE#'.length);

/** Writes vote items as POST /v1/votes would (one put each; BatchWrite only to keep the tests fast). */
export async function putVotes(doc: DynamoDBDocumentClient, tableName: string, items: readonly VoteItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending: Record<string, unknown>[] | undefined = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending && pending.length > 0) {
      const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = result.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
    }
  }
}

let sequence = 1_000_000;

/** A stream record as Lambda delivers it (AttributeValue JSON images). */
export function streamRecord(eventName: 'INSERT' | 'MODIFY', newItem: Record<string, unknown>, oldItem?: Record<string, unknown>): DynamoDBRecord {
  sequence += 1;
  const Keys = marshall({ pk: newItem.pk, sk: newItem.sk });
  return {
    eventID: hex(16),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'ap-east-1',
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys,
      NewImage: marshall(newItem, { removeUndefinedValues: true }),
      ...(oldItem ? { OldImage: marshall(oldItem, { removeUndefinedValues: true }) } : {}),
      SequenceNumber: String(sequence),
      SizeBytes: 300,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:ap-east-1:000000000000:table/test/stream/2026-01-01T00:00:00.000',
  } as DynamoDBRecord;
}

export const streamEvent = (records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

/** Rules whose voting is open, with one round `final` of the given candidates. */
export function votingRules(base: CampaignRules, candidates: string[], { flagVotesPerMinute }: { flagVotesPerMinute?: number } = {}): CampaignRules {
  return {
    ...base,
    voting: {
      enabled: true,
      requiresVerifiedParticipant: true,
      perParticipantPerDay: 10,
      perCandidatePerDay: 1,
      perParticipantPerRound: null,
      ...(flagVotesPerMinute === undefined ? {} : { flagVotesPerMinute }),
      rounds: [
        {
          id: 'final',
          name: '决赛',
          opensAt: new Date(Date.now() - DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + DAY_MS).toISOString(),
          candidates: candidates.map((id, i) => ({ id, name: `选手${i + 1}` })),
        },
      ],
    },
  };
}
