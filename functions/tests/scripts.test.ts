import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { DescribeTableCommand, DescribeTimeToLiveCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createDynamoClient } from '../src/lib/dynamodb.ts';
import { createTables } from '../src/lib/tables.ts';

const run = promisify(execFile);
const cwd = new URL('..', import.meta.url).pathname;
// The scripts run under tsx, as `npm start` and the npm scripts run them.
const tsx = (script: string) => [process.execPath, ['--import', 'tsx', script]] as const;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('scripts/create-tables.ts', () => {
  it('creates the table with TTL from the environment, and again without complaint', async () => {
    const endpoint = inject('dynamodbEndpoint');
    const tableName = `script-${Date.now()}`;
    const [command, args] = tsx('scripts/create-tables.ts');
    const env = { PATH: process.env.PATH, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName };

    const first = await run(command, args, { cwd, env });
    await run(command, args, { cwd, env });

    expect(first.stdout).toContain(`Table ${tableName} is ready`);
    const client = createDynamoClient({ region: 'ap-east-1', endpoint });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
    client.destroy();
  });

  it('refuses to run without DYNAMODB_ENDPOINT', async () => {
    const [command, args] = tsx('scripts/create-tables.ts');
    await expect(run(command, args, { cwd, env: { PATH: process.env.PATH } })).rejects.toMatchObject({ code: 2 });
  });
});

describe('scripts/dynamodb-local.ts', () => {
  async function startScript(dir: string) {
    const port = await freePort();
    const [command, args] = tsx('scripts/dynamodb-local.ts');
    const child = spawn(command, [...args, '--port', String(port), '--db-path', dir], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    for (let i = 0; i < 300 && !output.includes('listening') && child.exitCode === null; i++) await sleep(100);
    expect(output).toContain(`DynamoDB Local listening on http://127.0.0.1:${port}`);
    const jvm = await run('pgrep', ['-P', String(child.pid), 'java']).then((r) => Number(r.stdout.trim()));
    return { child, jvm, endpoint: `http://127.0.0.1:${port}` };
  }

  async function stopScript({ child, jvm }: { child: ChildProcess; jvm: number }) {
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    for (let i = 0; i < 50 && alive(jvm); i++) await sleep(100);
    return { code, jvmAlive: alive(jvm) };
  }

  // Starts the JVM twice; on a loaded two-core machine each start can take most of the default
  // 30 s, so the test gets the time of two starts (the script's own start timeout is 60 s).
  it('serves until SIGTERM, leaves no JVM behind, and keeps its tables on disk between runs', { timeout: 150_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddb-script-'));
    const started: ChildProcess[] = [];
    try {
      const first = await startScript(dir);
      started.push(first.child);
      expect(alive(first.jvm)).toBe(true);
      const client = createDynamoClient({ region: 'ap-east-1', endpoint: first.endpoint });
      await createTables(client, 'kept-between-runs');
      client.destroy();

      expect(await stopScript(first)).toEqual({ code: 0, jvmAlive: false });

      const second = await startScript(dir);
      started.push(second.child);
      const again = createDynamoClient({ region: 'ap-east-1', endpoint: second.endpoint });
      expect((await again.send(new ListTablesCommand({}))).TableNames).toEqual(['kept-between-runs']);
      again.destroy();
      expect(await stopScript(second)).toEqual({ code: 0, jvmAlive: false });
    } finally {
      for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
