import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { conditionFailed, transactWrite } from './transactions.ts';

/** The error DynamoDB answers a cancelled transaction with, reasons in the order of its items. */
function cancelled(...reasons: { Code: string; Item?: Record<string, unknown> }[]): Error {
  return Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: reasons });
}

/** A document client whose successive sends fail with `outcomes` (undefined: succeeds). */
function fakeDoc(outcomes: (Error | undefined)[]) {
  let calls = 0;
  const doc = {
    send: async () => {
      const outcome = outcomes[calls];
      calls += 1;
      if (outcome) throw outcome;
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { doc, calls: () => calls };
}

const input = { TransactItems: [] };

describe('transactWrite', () => {
  it('reports a committed transaction', async () => {
    expect(await transactWrite(fakeDoc([undefined]).doc, input)).toEqual({ committed: true });
  });

  it('returns the reasons of a transaction refused by a condition, with the old item in plain values', async () => {
    const { doc, calls } = fakeDoc([cancelled({ Code: 'None' }, { Code: 'ConditionalCheckFailed', Item: { confirmed: { N: '42' }, sk: { S: 'COUNT' } } })]);

    const result = await transactWrite(doc, input);

    expect(result).toEqual({
      committed: false,
      reasons: [
        { code: 'None', item: undefined },
        { code: 'ConditionalCheckFailed', item: { confirmed: 42, sk: 'COUNT' } },
      ],
    });
    expect(calls()).toBe(1);
    if (!result.committed) expect([0, 1].map((i) => conditionFailed(result.reasons, i))).toEqual([false, true]);
  });

  it('retries a transaction that only collided with another one', async () => {
    const conflict = cancelled({ Code: 'None' }, { Code: 'TransactionConflict' });
    const { doc, calls } = fakeDoc([conflict, conflict, undefined]);

    expect(await transactWrite(doc, input)).toEqual({ committed: true });
    expect(calls()).toBe(3);
  });

  it('lets a failed condition decide even beside a conflict', async () => {
    const { doc, calls } = fakeDoc([cancelled({ Code: 'ConditionalCheckFailed' }, { Code: 'TransactionConflict' })]);
    expect(await transactWrite(doc, input)).toMatchObject({ committed: false });
    expect(calls()).toBe(1);
  });

  it('gives up on a conflict that outlasts the retries', async () => {
    const conflict = cancelled({ Code: 'TransactionConflict' });
    const { doc, calls } = fakeDoc(Array(20).fill(conflict));
    await expect(transactWrite(doc, input)).rejects.toBe(conflict);
    expect(calls()).toBe(8);
  });

  it('throws other cancellations and other errors at once', async () => {
    for (const error of [cancelled({ Code: 'ThrottlingError' }), Object.assign(new Error('x'), { name: 'ResourceNotFoundException' })]) {
      const { doc, calls } = fakeDoc([error]);
      await expect(transactWrite(doc, input)).rejects.toBe(error);
      expect(calls()).toBe(1);
    }
  });
});
