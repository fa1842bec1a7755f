import { describe, expect, it } from 'vitest';
import { nobody } from './nobody.ts';

describe('nobody', () => {
  it('refuses everyone, admins included', () => {
    expect(nobody()).toBe(false);
  });
});
