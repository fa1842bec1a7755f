import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('defaults to SQLite under <repo>/.data/cms, whatever the working directory', () => {
    const env = parseEnv({});
    expect(path.isAbsolute(DEFAULT_DATA_DIR)).toBe(true);
    expect(DEFAULT_DATA_DIR.endsWith(path.join('.data', 'cms'))).toBe(true);
    expect(env.dataDir).toBe(DEFAULT_DATA_DIR);
    expect(env.databaseUrl).toBe(`file:${path.join(DEFAULT_DATA_DIR, 'cms.db')}`);
    expect(env.databaseKind).toBe('sqlite');
  });

  it('selects PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://db/cms' }).databaseKind).toBe('postgres');
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/cms' }).databaseKind).toBe('postgres');
  });

  it('keeps the rules sync off unless API_INTERNAL_URL is set', () => {
    expect(parseEnv({}).apiInternalUrl).toBeNull();
    expect(parseEnv({ API_INTERNAL_URL: '' }).apiInternalUrl).toBeNull();
    expect(parseEnv({ API_INTERNAL_URL: 'http://127.0.0.1:8787/' }).apiInternalUrl).toBe('http://127.0.0.1:8787');
  });

  it('uses local defaults for the secret and the internal token', () => {
    const env = parseEnv({});
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(16);
    expect(env.internalApiToken).toBe('local-internal-token');
  });

  it('requires PAYLOAD_SECRET in AWS', () => {
    expect(() => parseEnv({ STAGE: 'aws', DATABASE_URL: 'postgres://db/cms' })).toThrow(/PAYLOAD_SECRET/);
  });

  it('refuses a database URL it cannot use', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/cms' })).toThrow(/DATABASE_URL/);
  });
});
