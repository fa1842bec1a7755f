import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { anyone } from './anyone.ts';

describe('anyone', () => {
  it('lets an anonymous caller read', () => {
    expect(anyone({ req: { user: null } as unknown as PayloadRequest })).toBe(true);
  });
});
