import { describe, expect, it } from 'vitest';
import { isCurrentNav } from './nav.ts';

describe('isCurrentNav', () => {
  it('marks the home link only on the home page', () => {
    expect(isCurrentNav('/model-workers/', '/model-workers/', '/model-workers/')).toBe(true);
    expect(isCurrentNav('/model-workers/', '/model-workers/workers/', '/model-workers/')).toBe(false);
  });

  it('marks a section link on the section and the pages under it, with or without the trailing slash', () => {
    expect(isCurrentNav('/model-workers/workers/', '/model-workers/workers', '/model-workers/')).toBe(true);
    expect(isCurrentNav('/model-workers/workers/', '/model-workers/workers/2/', '/model-workers/')).toBe(true);
    expect(isCurrentNav('/model-workers/workers/', '/model-workers/studios/', '/model-workers/')).toBe(false);
    expect(isCurrentNav('/me/', '/media/', '/')).toBe(false);
  });
});
