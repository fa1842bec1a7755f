import { hasAnyRole, type UserWithRoles } from '../access/roles.ts';
import type { Role } from '../slugs.ts';

/** Where a document stands in the review workflow. */
export type ReviewState = 'draft' | 'submitted' | 'approved' | 'returned';
export const REVIEW_STATES: readonly ReviewState[] = ['draft', 'submitted', 'approved', 'returned'];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '已通过',
  returned: '已退回',
};

/** What a user may ask of the workflow. */
export type ReviewAction = 'submit' | 'approve' | 'return';
export const REVIEW_ACTIONS: readonly ReviewAction[] = ['submit', 'approve', 'return'];
export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  submit: '提交审核',
  approve: '通过并发布',
  return: '退回',
};

/** What staff do with participation data (exports, check-in, voiding votes); logged like review actions. */
export type ParticipationAuditAction = 'export-registrations' | 'export-votes' | 'check-in' | 'void-vote';
export const PARTICIPATION_AUDIT_ACTIONS: readonly ParticipationAuditAction[] = ['export-registrations', 'export-votes', 'check-in', 'void-vote'];

/** What the audit log records: the review actions, what the scheduler does once an approval's time comes, and participation actions. */
export type AuditAction = ReviewAction | 'scheduled-publish' | 'scheduled-unpublish' | ParticipationAuditAction;
export const AUDIT_ACTIONS: readonly AuditAction[] = [...REVIEW_ACTIONS, 'scheduled-publish', 'scheduled-unpublish', ...PARTICIPATION_AUDIT_ACTIONS];
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  ...REVIEW_ACTION_LABELS,
  'scheduled-publish': '定时发布',
  'scheduled-unpublish': '定时下线',
  'export-registrations': '导出报名名单',
  'export-votes': '导出投票结果',
  'check-in': '现场签到',
  'void-vote': '作废投票',
};

export const SUBMIT_FORBIDDEN_MESSAGE = '只有编辑或管理员可以提交审核';
export const REVIEW_FORBIDDEN_MESSAGE = '只有审核人员或管理员可以审核稿件';
export const OWN_SUBMISSION_MESSAGE = '不能审核自己提交的稿件';
export const COMMENT_REQUIRED_MESSAGE = '退回时请填写意见';
export const NOT_SUBMITTABLE_MESSAGE = '只有草稿或已退回的稿件可以提交审核';
export const NOT_SUBMITTED_MESSAGE = '只有待审核的稿件可以通过或退回';
export const UNKNOWN_ACTION_MESSAGE = '未知的审核操作';

interface Rule {
  roles: readonly Role[];
  rolesMessage: string;
  from: readonly ReviewState[];
  fromMessage: string;
  to: ReviewState;
}

const RULES: Record<ReviewAction, Rule> = {
  submit: { roles: ['admin', 'editor'], rolesMessage: SUBMIT_FORBIDDEN_MESSAGE, from: ['draft', 'returned'], fromMessage: NOT_SUBMITTABLE_MESSAGE, to: 'submitted' },
  approve: { roles: ['admin', 'reviewer'], rolesMessage: REVIEW_FORBIDDEN_MESSAGE, from: ['submitted'], fromMessage: NOT_SUBMITTED_MESSAGE, to: 'approved' },
  return: { roles: ['admin', 'reviewer'], rolesMessage: REVIEW_FORBIDDEN_MESSAGE, from: ['submitted'], fromMessage: NOT_SUBMITTED_MESSAGE, to: 'returned' },
};

/** A refusal carries the HTTP status that fits it: 403 who, 409 when (the state), 422 what (the input). */
export type TransitionDecision = { allowed: true; to: ReviewState } | { allowed: false; status: 403 | 409 | 422; message: string };

export interface TransitionRequest {
  user: UserWithRoles | null | undefined;
  action: string;
  state: ReviewState;
  /** Whether the acting user submitted the document now under review. */
  isSubmitter: boolean;
  comment?: string | null;
}

export function isReviewAction(action: unknown): action is ReviewAction {
  return typeof action === 'string' && (REVIEW_ACTIONS as readonly string[]).includes(action);
}

/** Which role may take which action from which state; refusals come with a Chinese message. */
export function decideTransition({ user, action, state, isSubmitter, comment }: TransitionRequest): TransitionDecision {
  if (!isReviewAction(action)) return { allowed: false, status: 422, message: UNKNOWN_ACTION_MESSAGE };
  const rule = RULES[action];
  if (!hasAnyRole(user, rule.roles)) return { allowed: false, status: 403, message: rule.rolesMessage };
  if (!rule.from.includes(state)) return { allowed: false, status: 409, message: rule.fromMessage };
  if (action === 'approve' && isSubmitter) return { allowed: false, status: 403, message: OWN_SUBMISSION_MESSAGE };
  if (action === 'return' && !comment?.trim()) return { allowed: false, status: 422, message: COMMENT_REQUIRED_MESSAGE };
  return { allowed: true, to: rule.to };
}

/** The actions the user may take on a document in this state, in button order; a return still needs a comment. */
export function availableActions(user: UserWithRoles | null | undefined, state: ReviewState, isSubmitter: boolean): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => decideTransition({ user, action, state, isSubmitter, comment: '-' }).allowed);
}
