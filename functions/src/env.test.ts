import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('has local defaults for everything', () => {
    expect(parseEnv({})).toMatchObject({
      STAGE: 'local',
      TABLE_NAME: 'union-participation',
      DYNAMODB_ENDPOINT: undefined,
      AWS_REGION: 'ap-east-1',
      INTERNAL_API_TOKEN: 'local-internal-token',
      PORT: 8787,
      LOG_LEVEL: 'INFO',
    });
  });

  it('requires the phone hash key and internal token in AWS, without echoing values', () => {
    expect(() => parseEnv({ STAGE: 'aws' })).toThrow(/PHONE_HASH_KEY[\s\S]*INTERNAL_API_TOKEN/);
    expect(() => parseEnv({ STAGE: 'aws', PHONE_HASH_KEY: 'short-secret', INTERNAL_API_TOKEN: 'x'.repeat(32) })).toThrow(
      /PHONE_HASH_KEY/,
    );
    try {
      parseEnv({ STAGE: 'aws', PHONE_HASH_KEY: 'short-secret' });
    } catch (error) {
      expect(String(error)).not.toContain('short-secret');
    }
  });

  it('requires a participant token key of 32 characters or more in AWS', () => {
    const rest = { STAGE: 'aws', PHONE_HASH_KEY: 'k'.repeat(32), INTERNAL_API_TOKEN: 't'.repeat(32) };
    expect(() => parseEnv(rest)).toThrow(/PARTICIPANT_TOKEN_KEY/);
    expect(() => parseEnv({ ...rest, PARTICIPANT_TOKEN_KEY: 'p'.repeat(31) })).toThrow(/PARTICIPANT_TOKEN_KEY/);
    expect(parseEnv({}).PARTICIPANT_TOKEN_KEY.length).toBeGreaterThanOrEqual(32);
  });

  it('requires a data key or a KMS key for personal fields in AWS', () => {
    const rest = { STAGE: 'aws', PHONE_HASH_KEY: 'k'.repeat(32), INTERNAL_API_TOKEN: 't'.repeat(32), PARTICIPANT_TOKEN_KEY: 'p'.repeat(32) };
    expect(() => parseEnv(rest)).toThrow(/DATA_KEY/);
    expect(() => parseEnv({ ...rest, DATA_KEY: 'short' })).toThrow(/DATA_KEY/);
    expect(parseEnv({ ...rest, DATA_KMS_KEY_ID: 'alias/union-pii' })).toMatchObject({ DATA_KMS_KEY_ID: 'alias/union-pii' });
    expect(parseEnv({}).DATA_KEY.length).toBeGreaterThanOrEqual(32);
  });

  it('accepts a complete AWS configuration', () => {
    const env = parseEnv({
      STAGE: 'aws',
      PHONE_HASH_KEY: 'k'.repeat(32),
      INTERNAL_API_TOKEN: 't'.repeat(32),
      PARTICIPANT_TOKEN_KEY: 'p'.repeat(32),
      DATA_KEY: 'd'.repeat(32),
      LOG_LEVEL: 'debug',
    });
    expect(env).toMatchObject({
      PHONE_HASH_KEY: 'k'.repeat(32),
      INTERNAL_API_TOKEN: 't'.repeat(32),
      PARTICIPANT_TOKEN_KEY: 'p'.repeat(32),
      LOG_LEVEL: 'DEBUG',
    });
  });

  it('treats empty variables as unset and coerces PORT', () => {
    expect(parseEnv({ DYNAMODB_ENDPOINT: '', PORT: '8701' })).toMatchObject({ DYNAMODB_ENDPOINT: undefined, PORT: 8701 });
  });

  it('rejects a malformed endpoint and port', () => {
    expect(() => parseEnv({ DYNAMODB_ENDPOINT: 'localhost:8000' })).toThrow(/DYNAMODB_ENDPOINT/);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
