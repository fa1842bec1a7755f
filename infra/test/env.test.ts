import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION, parseEnv } from '../bin/env.ts';

describe('parseEnv', () => {
  it('falls back to us-east-1, as the CDK CLI does, and to no account when nothing names them', () => {
    expect(parseEnv({})).toEqual({ CDK_DEFAULT_REGION: DEFAULT_REGION });
    expect(parseEnv({ CDK_DEFAULT_ACCOUNT: '', CDK_DEFAULT_REGION: '' })).toEqual({ CDK_DEFAULT_REGION: 'us-east-1' });
  });

  it('takes the account and region of the active credentials', () => {
    expect(parseEnv({ CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'ap-east-1' })).toEqual({
      CDK_DEFAULT_ACCOUNT: '123456789012',
      CDK_DEFAULT_REGION: 'ap-east-1',
    });
  });

  it('refuses a malformed account or region', () => {
    expect(() => parseEnv({ CDK_DEFAULT_REGION: 'hongkong' })).toThrow(/CDK_DEFAULT_REGION/);
    expect(() => parseEnv({ CDK_DEFAULT_ACCOUNT: '1234' })).toThrow(/CDK_DEFAULT_ACCOUNT/);
  });
});
