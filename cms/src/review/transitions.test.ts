import { describe, expect, it } from 'vitest';
import type { Role } from '../slugs.ts';
import {
  availableActions,
  COMMENT_REQUIRED_MESSAGE,
  decideTransition,
  NOT_SUBMITTABLE_MESSAGE,
  NOT_SUBMITTED_MESSAGE,
  OWN_SUBMISSION_MESSAGE,
  REVIEW_FORBIDDEN_MESSAGE,
  REVIEW_STATES,
  SUBMIT_FORBIDDEN_MESSAGE,
  UNKNOWN_ACTION_MESSAGE,
  type ReviewAction,
  type ReviewState,
} from './transitions.ts';

type Actor = Role | 'anonymous';

/**
 * The whole table, with a comment and someone else's submission: → the new state, or the refusal.
 * Columns: draft, submitted, approved, returned.
 */
const FORBID_SUBMIT = { status: 403, message: SUBMIT_FORBIDDEN_MESSAGE };
const FORBID_REVIEW = { status: 403, message: REVIEW_FORBIDDEN_MESSAGE };
const NOT_SUBMITTABLE = { status: 409, message: NOT_SUBMITTABLE_MESSAGE };
const NOT_SUBMITTED = { status: 409, message: NOT_SUBMITTED_MESSAGE };
type Cell = ReviewState | { status: number; message: string };

const TABLE: Record<ReviewAction, Record<Actor, [Cell, Cell, Cell, Cell]>> = {
  submit: {
    admin: ['submitted', NOT_SUBMITTABLE, NOT_SUBMITTABLE, 'submitted'],
    editor: ['submitted', NOT_SUBMITTABLE, NOT_SUBMITTABLE, 'submitted'],
    reviewer: [FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT],
    viewer: [FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT],
    anonymous: [FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT, FORBID_SUBMIT],
  },
  approve: {
    admin: [NOT_SUBMITTED, 'approved', NOT_SUBMITTED, NOT_SUBMITTED],
    reviewer: [NOT_SUBMITTED, 'approved', NOT_SUBMITTED, NOT_SUBMITTED],
    editor: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
    viewer: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
    anonymous: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
  },
  return: {
    admin: [NOT_SUBMITTED, 'returned', NOT_SUBMITTED, NOT_SUBMITTED],
    reviewer: [NOT_SUBMITTED, 'returned', NOT_SUBMITTED, NOT_SUBMITTED],
    editor: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
    viewer: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
    anonymous: [FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW, FORBID_REVIEW],
  },
};

const userOf = (actor: Actor) => (actor === 'anonymous' ? null : { id: 1, roles: [actor] });

describe('decideTransition', () => {
  for (const [action, rows] of Object.entries(TABLE)) {
    for (const [actor, cells] of Object.entries(rows)) {
      REVIEW_STATES.forEach((state, i) => {
        const cell = cells[i];
        const outcome = typeof cell === 'string' ? `moves to ${cell}` : `refuses with ${cell?.status}`;
        it(`${outcome} when ${actor} asks to ${action} from ${state}`, () => {
          const decision = decideTransition({ user: userOf(actor as Actor), action, state, isSubmitter: false, comment: '请补充图片说明' });
          expect(decision).toEqual(typeof cell === 'string' ? { allowed: true, to: cell } : { allowed: false, ...cell });
        });
      });
    }
  }

  it('refuses a reviewer approving their own submission', () => {
    expect(decideTransition({ user: userOf('reviewer'), action: 'approve', state: 'submitted', isSubmitter: true })).toEqual({
      allowed: false,
      status: 403,
      message: OWN_SUBMISSION_MESSAGE,
    });
  });

  it('refuses an admin approving their own submission too', () => {
    expect(decideTransition({ user: userOf('admin'), action: 'approve', state: 'submitted', isSubmitter: true })).toMatchObject({ allowed: false, status: 403 });
  });

  it('lets a reviewer return their own submission', () => {
    expect(decideTransition({ user: userOf('admin'), action: 'return', state: 'submitted', isSubmitter: true, comment: '撤回修改' })).toEqual({ allowed: true, to: 'returned' });
  });

  it('refuses a return without a comment, or with only spaces', () => {
    for (const comment of [undefined, null, '', '   ']) {
      expect(decideTransition({ user: userOf('reviewer'), action: 'return', state: 'submitted', isSubmitter: false, comment })).toEqual({
        allowed: false,
        status: 422,
        message: COMMENT_REQUIRED_MESSAGE,
      });
    }
  });

  it('refuses an unknown action', () => {
    expect(decideTransition({ user: userOf('admin'), action: 'publish', state: 'draft', isSubmitter: false })).toEqual({
      allowed: false,
      status: 422,
      message: UNKNOWN_ACTION_MESSAGE,
    });
  });
});

describe('availableActions', () => {
  it('offers an editor submit on a draft or returned document, and nothing else', () => {
    expect(REVIEW_STATES.map((state) => availableActions(userOf('editor'), state, false))).toEqual([['submit'], [], [], ['submit']]);
  });

  it('offers a reviewer approve and return on a submitted document, but only return on their own', () => {
    expect(availableActions(userOf('reviewer'), 'submitted', false)).toEqual(['approve', 'return']);
    expect(availableActions({ id: 1, roles: ['editor', 'reviewer'] }, 'submitted', true)).toEqual(['return']);
  });

  it('offers a viewer and an anonymous caller nothing', () => {
    for (const state of REVIEW_STATES) {
      expect(availableActions(userOf('viewer'), state, false)).toEqual([]);
      expect(availableActions(null, state, false)).toEqual([]);
    }
  });
});
