import { describe, expect, it } from 'vitest';
import { reopenApprovedOnEdit } from './reopenApprovedOnEdit.ts';

type Args = Parameters<typeof reopenApprovedOnEdit>[0];
const run = (args: Partial<Args>) => reopenApprovedOnEdit({ operation: 'update', ...args } as Args);

describe('reopenApprovedOnEdit', () => {
  it('sends an approved document saved as a draft back to draft, keeping the rest of its review', () => {
    const originalDoc = { id: 1, review: { state: 'approved', comment: '旧意见', submittedBy: 3 } };
    expect(run({ data: { _status: 'draft', title: '新标题' } as never, originalDoc })).toEqual({
      _status: 'draft',
      title: '新标题',
      review: { state: 'draft', comment: '旧意见', submittedBy: 3 },
    });
  });

  it('keeps the state of a save that publishes', () => {
    const data = { _status: 'published' };
    expect(run({ data, originalDoc: { id: 1, review: { state: 'approved' } } })).toBe(data);
  });

  it('leaves documents in other states and new documents alone', () => {
    const data = { _status: 'draft' };
    for (const state of ['draft', 'submitted', 'returned']) expect(run({ data, originalDoc: { id: 1, review: { state } } })).toBe(data);
    expect(run({ data, operation: 'create' })).toBe(data);
  });
});
