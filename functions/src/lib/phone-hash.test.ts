import { describe, expect, it } from 'vitest';
import { phoneHash } from './phone-hash.ts';

const KEY = 'unit-test-key-0123456789abcdef0123';

describe('phoneHash', () => {
  it('is stable for one number and key', () => {
    expect(phoneHash('13812345678', KEY)).toBe(phoneHash('13812345678', KEY));
  });

  it('is a hex HMAC-SHA256 that does not contain the number', () => {
    const hash = phoneHash('13812345678', KEY);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('12345678');
  });

  it('is the HMAC-SHA256 of the normalized number under the key', () => {
    // Computed independently: printf 13812345678 | openssl dgst -sha256 -hmac 'unit-test-key-0123456789abcdef0123'
    expect(phoneHash('13812345678', KEY)).toBe('a13deb8a0432db9382eb08b881bbce5f8775b5724cb0edaf5cd7d18555a26512');
  });

  it('depends on the key', () => {
    expect(phoneHash('13812345678', KEY)).not.toBe(phoneHash('13812345678', `${KEY}x`));
  });

  it('differs between numbers', () => {
    expect(phoneHash('13812345678', KEY)).not.toBe(phoneHash('13812345679', KEY));
  });

  it('gives the same hash however the number is written', () => {
    const hash = phoneHash('13812345678', KEY);
    for (const written of ['138 1234 5678', '+8613812345678', '+86 138-1234-5678', '008613812345678']) {
      expect(phoneHash(written, KEY)).toBe(hash);
    }
  });
});
