import type { ArrayField, RelationshipField } from 'payload';
import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../fields/testing.ts';
import { CANDIDATE_REQUIRED_MESSAGE, DUPLICATE_CANDIDATE_MESSAGE, ROUND_REQUIRED_MESSAGE, votingRoundsField } from './votingRounds.ts';

type ArrayOptions = Parameters<NonNullable<ArrayField['validate']>>[1];
const candidates = votingRoundsField.fields.find((f) => 'name' in f && f.name === 'candidates') as RelationshipField;
// The field's validation, loosely typed: Payload's type is a union over single and many values.
const validateCandidates = candidates.validate as unknown as (value: unknown, options: unknown) => Promise<string | true>;
const open = { voting: { enabled: true } };

describe('voting rounds validation', () => {
  it('needs a round while voting is open, whether it gets the rows or (in the admin) their count', async () => {
    const options = validateOptions<ArrayOptions>({ data: open });
    expect(await votingRoundsField.validate?.([], options)).toBe(ROUND_REQUIRED_MESSAGE);
    expect(await votingRoundsField.validate?.(0 as never, options)).toBe(ROUND_REQUIRED_MESSAGE);
    expect(await votingRoundsField.validate?.(1 as never, options)).toBe(true);
    expect(await votingRoundsField.validate?.([], validateOptions<ArrayOptions>({ data: { voting: { enabled: false } } }))).toBe(true);
  });

  it('needs a candidate in each round while voting is open, and each one once', async () => {
    // As the admin checks while editing: ids only, before filter options are asked.
    const base = validateOptions<{ req: { payload: Record<string, unknown> } }>();
    const req = { ...base.req, payload: { ...base.req.payload, collections: {}, db: { defaultIDType: 'number' } } };
    const options = { ...base, req, data: open, relationTo: ['contestants', 'model-workers'], hasMany: true, event: 'onChange' };
    const ref = (relationTo: string, value: number) => ({ relationTo, value });
    expect(await validateCandidates([], options)).toBe(CANDIDATE_REQUIRED_MESSAGE);
    expect(await validateCandidates([ref('contestants', 1), ref('model-workers', 1)], options)).toBe(true);
    expect(await validateCandidates([ref('contestants', 1), ref('contestants', 1)], options)).toBe(DUPLICATE_CANDIDATE_MESSAGE);
    // A row saved before candidate sources existed counts as picked.
    expect(await validateCandidates([], { ...options, siblingData: { candidateSource: null } })).toBe(CANDIDATE_REQUIRED_MESSAGE);
  });

  it('asks for no candidates in a round of every published model worker, and drops a list left over from before', async () => {
    const allWorkers = { candidateSource: 'all-model-workers' };
    const options = { ...validateOptions<Record<string, unknown>>(), data: open, siblingData: allWorkers };
    expect(await validateCandidates([], options)).toBe(true);
    const [drop] = candidates.hooks?.beforeChange ?? [];
    const picked = [{ relationTo: 'model-workers', value: 1 }];
    expect(await drop?.({ siblingData: allWorkers, value: picked } as never)).toEqual([]);
    expect(await drop?.({ siblingData: { candidateSource: 'selected' }, value: picked } as never)).toBe(picked);
  });

  it('hides the candidate picker when the round takes every published model worker', () => {
    const condition = candidates.admin?.condition as (data: unknown, siblingData: unknown) => boolean;
    expect(condition({}, { candidateSource: 'all-model-workers' })).toBe(false);
    expect(condition({}, { candidateSource: 'selected' })).toBe(true);
    expect(condition({}, {})).toBe(true);
  });
});
