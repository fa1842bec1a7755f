import type { ModelWorker } from '@union/content';
import { biographyText, honorSummary } from '../profile.ts';
import type { Routes } from '../routes.ts';
import type { SearchDoc } from './format.ts';

/** What the search index holds of a model worker: names, employer, position, every honor and the biography text. */
export function searchDocOf(worker: ModelWorker, routes: Routes): SearchDoc {
  return {
    url: routes.worker(worker.id),
    name: worker.name,
    employer: worker.employer,
    position: worker.position,
    honors: honorSummary(worker, Number.POSITIVE_INFINITY),
    biography: biographyText(worker),
  };
}
