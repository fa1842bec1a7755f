import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { ensureFirstUserIsAdmin } from './ensureFirstUserIsAdmin.ts';

const reqWithUsers = (totalDocs: number) => ({ payload: { count: async () => ({ totalDocs }) } }) as unknown as PayloadRequest;
const run = (operation: 'create' | 'update', totalDocs: number, data: Record<string, unknown>) =>
  ensureFirstUserIsAdmin({ data, operation, req: reqWithUsers(totalDocs) } as unknown as Parameters<typeof ensureFirstUserIsAdmin>[0]);

describe('ensureFirstUserIsAdmin', () => {
  it('makes the first account an admin', async () => {
    expect(await run('create', 0, { email: 'a@example.com', roles: ['editor'] })).toMatchObject({ roles: ['admin'] });
  });

  it('leaves the roles of later accounts alone', async () => {
    expect(await run('create', 3, { email: 'b@example.com', roles: ['editor'] })).toMatchObject({ roles: ['editor'] });
  });

  it('does nothing on updates', async () => {
    expect(await run('update', 0, { name: '新名字' })).toEqual({ name: '新名字' });
  });
});
