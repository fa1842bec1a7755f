// The participation API's vote and results addresses, apart from vote.ts so an island that only
// reads a count can build them without pulling the response schemas (zod) into its bundle.

const base = (apiBase: string) => apiBase.replace(/\/+$/, '');

export const votesUrl = (apiBase: string) => `${base(apiBase)}/v1/votes`;
export const voteUrl = (apiBase: string, receipt: string) => `${base(apiBase)}/v1/votes/${encodeURIComponent(receipt)}`;
export const resultsUrl = (apiBase: string, campaign: string, round: string) =>
  `${base(apiBase)}/v1/results/${encodeURIComponent(campaign)}/${encodeURIComponent(round)}`;
/** GET /v1/results/{slug}/{round}/{candidate}: one candidate's counts, without reading the whole round. */
export const candidateResultUrl = (apiBase: string, campaign: string, round: string, candidate: string) =>
  `${resultsUrl(apiBase, campaign, round)}/${encodeURIComponent(candidate)}`;
