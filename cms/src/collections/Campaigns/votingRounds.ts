import {
  CANDIDATE_SOURCE_LABELS,
  CANDIDATE_SOURCES,
  MAX_SELECTED_CANDIDATES,
  MAX_VOTING_ROUNDS,
  type CandidateSource,
} from '@union/schemas';
import type { ArrayField, ArrayFieldValidation, FieldHook, RadioField, RelationshipField, RelationshipFieldValidation } from 'payload';
import { array, relationship } from 'payload/shared';
import { dateWindow } from '../../fields/dateWindow.ts';
import { integerField } from '../../fields/integerField.ts';
import { SLUGS } from '../../slugs.ts';

export const ROUND_REQUIRED_MESSAGE = '开放投票至少需要设置一个投票轮次';
export const CANDIDATE_REQUIRED_MESSAGE = '每个投票轮次至少需要一位候选人';
export const DUPLICATE_CANDIDATE_MESSAGE = '同一轮次的候选人不能重复';
export const VOTE_CLOSES_BEFORE_OPENS_MESSAGE = '投票结束时间必须晚于投票开始时间';

/** Most rounds, and candidates an editor picks per round, that the participation API takes (see votingRoundSchema). */
export const MAX_ROUNDS = MAX_VOTING_ROUNDS;
export const MAX_CANDIDATES = MAX_SELECTED_CANDIDATES;

/** A round row saved before candidate sources existed has none: its candidates were picked. */
export const candidateSourceOf = (round: { candidateSource?: string | null } | null | undefined): CandidateSource =>
  round?.candidateSource === 'all-model-workers' ? 'all-model-workers' : 'selected';

const votingEnabled = (data: unknown) => (data as { voting?: { enabled?: boolean | null } | null } | undefined)?.voting?.enabled === true;

/**
 * Open voting needs somewhere to vote. Drafts are not validated, so editors can build rounds up
 * step by step; the rule bites on publish. The admin passes a row count instead of the rows.
 */
const validateRounds: ArrayFieldValidation = async (value, options) => {
  const builtIn = await array(value, options);
  if (builtIn !== true) return builtIn;
  const rows = Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0;
  return votingEnabled(options.data) && rows === 0 ? ROUND_REQUIRED_MESSAGE : true;
};

/** A candidate reference as Payload stores it, or as populated at depth ≥ 1. */
type CandidateRef = { relationTo: string; value: number | string | { id: number | string } };

const refKey = (ref: CandidateRef) => `${ref.relationTo}-${typeof ref.value === 'object' ? ref.value.id : ref.value}`;

const takesAllModelWorkers = (siblingData: unknown) => candidateSourceOf(siblingData as { candidateSource?: string | null }) === 'all-model-workers';

/** A round of every published model worker has no list to check: the rules push fills it in. */
const validateCandidates: RelationshipFieldValidation = async (value, options) => {
  if (takesAllModelWorkers(options.siblingData)) return true;
  const builtIn = await relationship(value, options);
  if (builtIn !== true) return builtIn;
  const refs = (Array.isArray(value) ? value : []) as unknown as CandidateRef[];
  if (votingEnabled(options.data) && refs.length === 0) return CANDIDATE_REQUIRED_MESSAGE;
  return new Set(refs.map(refKey)).size === refs.length ? true : DUPLICATE_CANDIDATE_MESSAGE;
};

/**
 * Drops a list left over from before the editor switched the round to every model worker, so the
 * stored round, the REST answer the sites read and the snapshot the API gets all say the same.
 */
const dropPickedCandidates: FieldHook = ({ siblingData, value }) => (takesAllModelWorkers(siblingData) ? [] : value);

const candidateSourceField: RadioField = {
  name: 'candidateSource',
  type: 'radio',
  label: '候选人范围',
  defaultValue: 'selected',
  options: CANDIDATE_SOURCES.map((value) => ({ value, label: CANDIDATE_SOURCE_LABELS[value] })),
  admin: {
    layout: 'horizontal',
    description: '劳模点赞请选“全部已发布劳模”：无需逐一添加，劳模发布、取消发布、改名或删除后，名单会自动同步到投票服务。',
  },
};

const candidatesField: RelationshipField = {
  name: 'candidates',
  type: 'relationship',
  label: '候选人',
  relationTo: [SLUGS.contestants, SLUGS.modelWorkers],
  hasMany: true,
  maxRows: MAX_CANDIDATES,
  validate: validateCandidates,
  hooks: { beforeChange: [dropPickedCandidates] },
  admin: {
    description: '参赛选手或劳模；只有已发布的才会进入投票。',
    condition: (_data, siblingData) => !takesAllModelWorkers(siblingData),
  },
};

const visibleWhenVotingOpen = (_data: unknown, siblingData: { enabled?: boolean } | undefined) => Boolean(siblingData?.enabled);

/** The rounds a campaign takes votes in, each with its window and candidates; the row id is the round's id in the API. */
export const votingRoundsField: ArrayField = {
  name: 'rounds',
  type: 'array',
  label: '投票轮次',
  labels: { singular: '投票轮次', plural: '投票轮次' },
  maxRows: MAX_ROUNDS,
  validate: validateRounds,
  admin: {
    condition: visibleWhenVotingOpen,
    initCollapsed: false,
    description: '每轮设置投票时间和候选人。发布后改动会同步到投票服务。',
  },
  fields: [
    { name: 'name', type: 'text', label: '轮次名称', required: true, maxLength: 60 },
    dateWindow(
      { name: 'opensAt', label: '投票开始时间', required: true },
      { name: 'closesAt', label: '投票结束时间', required: true },
      VOTE_CLOSES_BEFORE_OPENS_MESSAGE,
      { strict: true },
    ),
    candidateSourceField,
    candidatesField,
  ],
};

/** Optional alert threshold for the tally: a candidate gaining faster than this is flagged for editors. */
export const flagVotesPerMinuteField = (() => {
  const base = integerField({
    name: 'flagVotesPerMinute',
    label: '异常增长提醒阈值（票/分钟）',
    min: 1,
    description: '某位候选人每分钟新增票数超过此值时，提醒编辑核查是否刷票。留空表示不提醒。',
  });
  return { ...base, admin: { ...base.admin, condition: visibleWhenVotingOpen } };
})();
