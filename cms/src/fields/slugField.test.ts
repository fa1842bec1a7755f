import { describe, expect, it } from 'vitest';
import { slugField } from './slugField.ts';

describe('slugField', () => {
  it('is a required, unique, indexed slug with the shared validation and an example', () => {
    const field = slugField('pages', 'privacy');
    expect(field).toMatchObject({ name: 'slug', type: 'text', required: true, unique: true, index: true });
    expect(typeof field.validate).toBe('function');
    expect(field.admin?.description).toContain('privacy');
  });
});
