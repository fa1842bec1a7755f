import { describe, expect, it } from 'vitest';
import { API_ERRORS, errorEnvelope, errorEnvelopeSchema } from './errors.ts';

describe('API_ERRORS', () => {
  it('answers a full campaign and a capacity below its registrations with 409', () => {
    expect(API_ERRORS.REGISTRATION_FULL).toEqual({ status: 409, message: '报名名额已满' });
    expect(API_ERRORS.CAPACITY_BELOW_REGISTRATIONS.status).toBe(409);
  });

  it('answers a read of a candidate the round does not list with 404, and a vote for one with 422', () => {
    expect(API_ERRORS.CANDIDATE_NOT_FOUND).toEqual({ status: 404, message: '本轮投票名单中没有该候选人' });
    expect(API_ERRORS.CANDIDATE_NOT_IN_ROUND.status).toBe(422);
  });
});

describe('errorEnvelope', () => {
  it('carries the code and its standard message', () => {
    expect(errorEnvelope('REGISTRATION_FULL')).toEqual({ error: { code: 'REGISTRATION_FULL', message: '报名名额已满' } });
  });

  it('carries a specific message and details when given, and stays a valid envelope', () => {
    const envelope = errorEnvelope('CAPACITY_BELOW_REGISTRATIONS', {
      message: '名额（30）不能少于已报名人数（42）',
      details: { capacity: 30, registered: 42 },
    });
    expect(envelope).toEqual({
      error: {
        code: 'CAPACITY_BELOW_REGISTRATIONS',
        message: '名额（30）不能少于已报名人数（42）',
        details: { capacity: 30, registered: 42 },
      },
    });
    expect(errorEnvelopeSchema.parse(envelope)).toEqual(envelope);
  });
});
