import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDynamoClient } from './dynamodb.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { createTables } from './tables.ts';

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startDynamoDbLocal', () => {
  // A JVM start under load can take most of the default 30 s; startDynamoDbLocal itself waits up to 60 s.
  it('starts a database on disk that answers, and stop() leaves no JVM behind', { timeout: 90_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddb-local-'));
    const dynamodb = await startDynamoDbLocal({ dbPath: dir });
    try {
      expect(alive(dynamodb.pid)).toBe(true);
      const client = createDynamoClient({ region: 'ap-east-1', endpoint: dynamodb.endpoint });
      await createTables(client, 'on-disk');
      // A client signing with another region sees the same tables (sharedDb).
      const other = createDynamoClient({ region: 'eu-west-1', endpoint: dynamodb.endpoint });
      expect((await other.send(new ListTablesCommand({}))).TableNames).toEqual(['on-disk']);
      client.destroy();
      other.destroy();
      expect(await readdir(dir)).toContain('shared-local-instance.db');
    } finally {
      await dynamodb.stop();
      await dynamodb.stop();
      await rm(dir, { recursive: true, force: true });
    }
    expect(alive(dynamodb.pid)).toBe(false);
  });
});
