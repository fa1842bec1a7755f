import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { voteKey } from './keys.ts';

export interface VoidedVote {
  receipt: string;
  campaign: string;
  round: string;
  candidate: string;
  voidedAt: string;
  voidReason: string;
}

export type VoidResult = { outcome: 'voided'; vote: VoidedVote } | { outcome: 'not-found' } | { outcome: 'already-voided' };

/**
 * Editors' voids of vote items (`VOTE#<receipt>` / `VOTE`). The vote's own writes (its put, its quota
 * counters) belong to repositories/votes.ts; a void only sets three attributes, and the tally then
 * subtracts the vote from its candidate's total when the stream brings the change.
 */
export function voteVoidsRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    /** Voids a vote once: a vote that does not exist, or is void already, is left as it is. */
    async void(receipt: string, { reason, by, now }: { reason: string; by: string; now: Date }): Promise<VoidResult> {
      const voidedAt = now.toISOString();
      try {
        const { Attributes: item = {} } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: voteKey(receipt),
            UpdateExpression: 'SET #voidedAt = :voidedAt, #voidReason = :reason, #voidedBy = :by',
            ConditionExpression: 'attribute_exists(#pk) AND #entity = :vote AND attribute_not_exists(#voidedAt)',
            ExpressionAttributeNames: { '#pk': 'pk', '#entity': 'entity', '#voidedAt': 'voidedAt', '#voidReason': 'voidReason', '#voidedBy': 'voidedBy' },
            ExpressionAttributeValues: { ':voidedAt': voidedAt, ':reason': reason, ':by': by, ':vote': 'vote' },
            ReturnValues: 'ALL_NEW',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return {
          outcome: 'voided',
          vote: {
            receipt,
            campaign: String(item.campaign),
            round: String(item.round),
            candidate: String(item.candidate),
            voidedAt,
            voidReason: reason,
          },
        };
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'ConditionalCheckFailedException') throw error;
        // The document client leaves the old item in AttributeValue form inside the exception.
        const raw = (error as { Item?: Record<string, unknown> }).Item;
        const old = raw ? unmarshall(raw as Parameters<typeof unmarshall>[0]) : undefined;
        return old?.entity === 'vote' && old.voidedAt !== undefined ? { outcome: 'already-voided' } : { outcome: 'not-found' };
      }
    },
  };
}
