import * as z from 'zod/mini';

// The ids a vote names, apart from the campaign rules that list them: islands validate votes with
// these and must not ship every campaign-rule schema with them.

/** A voting round's id: the CMS's array row id. */
export const roundId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '轮次编号无效' }));
/** A candidate's id in the API: `<collection>-<id>`, e.g. `model-workers-12`. */
export const candidateId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, { error: '候选人编号无效' }));
