import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { participationTableKeys } from '../lib/tables.ts';
import { batchGetAll } from './batch-get.ts';
import { participantIndexPartition } from './keys.ts';

type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;

/**
 * Everything one participant has, through the keys-only `byParticipant` index (lib/tables.ts): the
 * index gives the keys, the items are read from the table. Serves 我的参与 and erasure on request.
 */
export function participantIndexRepository(doc: DynamoDBDocumentClient, tableName: string) {
  const index = participationTableKeys.participantIndex;

  async function keys(phoneHash: string): Promise<Key[]> {
    const found: Key[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: index.name,
          KeyConditionExpression: '#gsi1pk = :pk',
          ExpressionAttributeNames: { '#gsi1pk': index.partitionKey.name },
          ExpressionAttributeValues: { ':pk': participantIndexPartition(phoneHash) },
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(page.Items ?? []).map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  return {
    /**
     * The participant's items that still carry their index keys (the index is eventually consistent in
     * AWS: an item written a moment ago may be missing, one just unlinked is dropped here).
     */
    async items(phoneHash: string): Promise<Item[]> {
      const partition = participantIndexPartition(phoneHash);
      return (await batchGetAll(doc, tableName, await keys(phoneHash), { consistentRead: true })).filter((item) => item[index.partitionKey.name] === partition);
    },

    /**
     * Takes a vote out of the participant's data: its index keys go, so nothing links it to the phone
     * any more. The vote itself, and its place in the totals, stay.
     */
    async unlinkVote(key: Key, phoneHash: string): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key,
            UpdateExpression: 'REMOVE #gsi1pk, #gsi1sk',
            ConditionExpression: '#gsi1pk = :pk',
            ExpressionAttributeNames: { '#gsi1pk': index.partitionKey.name, '#gsi1sk': index.sortKey.name },
            ExpressionAttributeValues: { ':pk': participantIndexPartition(phoneHash) },
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
