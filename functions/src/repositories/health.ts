import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Reads a key that never exists: proves the table answers, with the same read permission the API already has. */
export function healthRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    async probe(): Promise<void> {
      await doc.send(new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'PROBE' } }));
    },
  };
}
