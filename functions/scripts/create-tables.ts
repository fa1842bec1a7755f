/**
 * Creates the participation table in DynamoDB Local if it is missing (idempotent), from the app's
 * environment: DYNAMODB_ENDPOINT (required), TABLE_NAME, AWS_REGION.
 *   DYNAMODB_ENDPOINT=http://127.0.0.1:8000 tsx functions/scripts/create-tables.ts
 * In AWS the CDK app owns the table, so this refuses to run without an endpoint.
 */
import { env } from '../src/env.ts';
import { createDynamoClient } from '../src/lib/dynamodb.ts';
import { createTables } from '../src/lib/tables.ts';

if (!env.DYNAMODB_ENDPOINT) {
  console.error('DYNAMODB_ENDPOINT is not set: this script only creates tables in DynamoDB Local.');
  process.exit(2);
}
const client = createDynamoClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
await createTables(client, env.TABLE_NAME);
client.destroy();
console.log(`Table ${env.TABLE_NAME} is ready at ${env.DYNAMODB_ENDPOINT}`);
