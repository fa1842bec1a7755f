/**
 * Runs DynamoDB Local in the foreground until SIGINT/SIGTERM:
 *   tsx functions/scripts/dynamodb-local.ts [--port 8000] [--db-path .data/dynamodb]
 * Without --db-path the data lives in memory. Exits non-zero if the JVM dies on its own.
 */
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../src/lib/dynamodb-local.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8000' }, 'db-path': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const dynamodb = await startDynamoDbLocal({ port, ...(values['db-path'] ? { dbPath: values['db-path'] } : {}) });
console.log(`DynamoDB Local listening on ${dynamodb.endpoint} (${values['db-path'] ? `data in ${values['db-path']}` : 'in memory'})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    void dynamodb.stop().then(() => process.exit(0));
  });
}
await dynamodb.exited;
if (!stopping) {
  console.error('DynamoDB Local exited unexpectedly');
  process.exit(1);
}
