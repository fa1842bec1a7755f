import type { Payload } from 'payload';

type Statement = string | { sql: string; args?: unknown };

interface LibsqlTransaction {
  commit: () => Promise<void>;
  rollback: () => Promise<void>;
  close: () => void;
}

interface LibsqlClient {
  transaction: (mode?: string) => Promise<LibsqlTransaction>;
  execute: (statement: Statement, args?: unknown) => Promise<unknown>;
  batch: (statements: Statement[], mode?: string) => Promise<unknown>;
  executeMultiple: (sql: string) => Promise<unknown>;
}

export const WRITE_LOCK_TIMEOUT_MESSAGE = 'SQLITE_BUSY: timed out waiting for the database write lock';

const READ_ONLY = /^\s*(select|with\s[\s\S]*?\)\s*select|pragma\s+\w+\s*;?\s*$|explain)\b/i;
const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql);

/**
 * Makes the CMS's writers on one SQLite file take turns inside this process.
 *
 * libSQL runs SQLite synchronously, and hands each transaction its own connection. A second writer
 * arriving while a transaction is open (two editors saving; a save during a site build's status
 * update; a job runner write between a publish's statements) would wait for the lock with the event
 * loop blocked, so the transaction holding it could never finish: it fails with SQLITE_BUSY
 * instead. Here writers queue on a promise chain until the open transaction commits or rolls back;
 * reads pass straight through (WAL lets them read beside a writer). Other processes (the seed,
 * migrations) still meet the busy timeout, which libSQL forgets on every replacement connection,
 * so it is set again on each. Remove when libSQL serialises writers and keeps connection settings.
 */
export function coordinateSqliteWriters(payload: Payload, { busyTimeoutMs, lockTimeoutMs }: { busyTimeoutMs: number; lockTimeoutMs: number }): void {
  const client = (payload.db as unknown as { client?: LibsqlClient & { writersCoordinated?: boolean } }).client;
  if (!client || client.writersCoordinated) return;
  client.writersCoordinated = true;

  let tail: Promise<void> = Promise.resolve();
  /** Waits for every earlier writer, then holds the lock until the returned release is called. */
  async function acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => mine);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(WRITE_LOCK_TIMEOUT_MESSAGE)), lockTimeoutMs);
    });
    try {
      await Promise.race([previous, timedOut]);
    } catch (error) {
      // Give the turn up only once it comes, so later writers still queue behind the holder.
      void previous.then(release);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  async function exclusively<T>(run: () => Promise<T>): Promise<T> {
    const release = await acquire();
    try {
      return await run();
    } finally {
      release();
    }
  }

  const transaction = client.transaction.bind(client);
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  const executeMultiple = client.executeMultiple.bind(client);

  client.transaction = async (mode) => {
    const release = await acquire();
    let tx: LibsqlTransaction;
    try {
      tx = await transaction(mode);
      // The client has just given its connection away: this opens the next one and configures it.
      await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
    } catch (error) {
      release();
      throw error;
    }
    const { commit, rollback, close } = tx;
    tx.commit = () => commit.call(tx).finally(release);
    tx.rollback = () => rollback.call(tx).finally(release);
    tx.close = () => {
      try {
        close.call(tx);
      } finally {
        release();
      }
    };
    return tx;
  };
  client.execute = (statement, args) => (READ_ONLY.test(sqlOf(statement)) ? execute(statement, args) : exclusively(() => execute(statement, args)));
  client.batch = (statements, mode) => exclusively(() => batch(statements, mode));
  client.executeMultiple = (sql) => exclusively(() => executeMultiple(sql));
}
