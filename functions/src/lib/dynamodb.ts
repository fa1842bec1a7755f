import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Env } from '../env.ts';

export interface DynamoClientOptions {
  region: string;
  /** DynamoDB Local, e.g. http://127.0.0.1:8000; unset in AWS. */
  endpoint?: string | undefined;
}

/** A low-level client; against DynamoDB Local it signs with fixed dummy credentials so no AWS profile is needed. */
export function createDynamoClient({ region, endpoint }: DynamoClientOptions): DynamoDBClient {
  return new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

/** The document client the repositories use: plain JS values in and out, undefined attributes dropped. */
export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** The document client for this app's configuration; handlers create it once at module scope. */
export function documentClientFromEnv(env: Pick<Env, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  return createDocumentClient(createDynamoClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT }));
}
