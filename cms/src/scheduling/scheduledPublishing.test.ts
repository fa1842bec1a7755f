import { APIError } from 'payload';
import { describe, expect, it } from 'vitest';
import { assertSchedulable, publishesLater, UNPUBLISH_TIME_PASSED_MESSAGE } from './scheduledPublishing.ts';

const now = new Date('2026-05-01T08:00:00.000Z');

describe('publishesLater', () => {
  it('waits for a publish time still ahead', () => {
    expect(publishesLater({ publishAt: '2026-05-01T08:00:01.000Z' }, now)).toBe(true);
  });

  it('publishes at once without a publish time, or with one that has come', () => {
    expect(publishesLater({}, now)).toBe(false);
    expect(publishesLater({ publishAt: null }, now)).toBe(false);
    expect(publishesLater({ publishAt: now.toISOString() }, now)).toBe(false);
    expect(publishesLater({ publishAt: '2026-04-30T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('assertSchedulable', () => {
  it('accepts no unpublish time or one still ahead', () => {
    expect(() => assertSchedulable({}, now)).not.toThrow();
    expect(() => assertSchedulable({ unpublishAt: '2026-05-02T00:00:00.000Z' }, now)).not.toThrow();
  });

  it('refuses an unpublish time that has passed, as a 422 with a Chinese message', () => {
    let error: unknown;
    try {
      assertSchedulable({ unpublishAt: '2026-05-01T07:59:59.000Z' }, now);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(APIError);
    expect([(error as APIError).status, (error as APIError).message]).toEqual([422, UNPUBLISH_TIME_PASSED_MESSAGE]);
  });
});
