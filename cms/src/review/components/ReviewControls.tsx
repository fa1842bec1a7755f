'use client';

import { Button, toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui';
import { useState } from 'react';
import type { UserWithRoles } from '../../access/roles.ts';
import { shanghaiTime } from '../../display.ts';
import { availableActions, REVIEW_ACTION_LABELS, REVIEW_STATE_LABELS, type ReviewAction, type ReviewState } from '../transitions.ts';

type SavedReview = { state?: ReviewState | null; submittedBy?: number | string | { id: number | string } | null } | null | undefined;

/**
 * Beside the save and publish buttons: the document's review state and the review actions the
 * current user may take, through `POST /api/<collection>/:id/review`; the page reloads after a
 * success so the form shows the new state.
 */
export function ReviewControls() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo();
  const { user } = useAuth();
  const { config } = useConfig();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!id || !collectionSlug) return null;
  const review = savedDocumentData?.review as SavedReview;
  const state: ReviewState = review?.state ?? 'draft';
  const submitter = review?.submittedBy && typeof review.submittedBy === 'object' ? review.submittedBy.id : review?.submittedBy;
  const isSubmitter = submitter != null && user != null && String(submitter) === String(user.id);
  const actions = availableActions(user as UserWithRoles | null, state, isSubmitter);
  const publishAt = typeof savedDocumentData?.publishAt === 'string' ? savedDocumentData.publishAt : null;
  const publishesLater = publishAt !== null && Date.parse(publishAt) > Date.now();
  const publishTime = publishAt ? shanghaiTime(publishAt) : '';
  const labelOf = (action: ReviewAction) => (action === 'approve' && publishesLater ? `通过（${publishTime} 发布）` : REVIEW_ACTION_LABELS[action]);

  async function run(action: ReviewAction) {
    setBusy(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/review`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, ...(action === 'return' ? { comment } : {}) }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
        toast.error(body?.errors?.[0]?.message ?? '操作失败，请稍后重试');
        return;
      }
      toast.success(`${REVIEW_ACTION_LABELS[action]}成功`);
      window.location.reload();
    } catch {
      toast.error('网络错误，请稍后重试');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <span>
        审核状态：{REVIEW_STATE_LABELS[state]}
        {state === 'approved' && publishesLater && savedDocumentData?._status !== 'published' ? `，将于 ${publishTime} 发布` : ''}
      </span>
      {actions
        .filter((action) => action !== 'return')
        .map((action) => (
          <Button key={action} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void run(action)}>
            {labelOf(action)}
          </Button>
        ))}
      {actions.includes('return') && !returning && (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setReturning(true)}>
          {REVIEW_ACTION_LABELS.return}
        </Button>
      )}
      {returning && (
        <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <textarea aria-label="退回意见" placeholder="请填写退回意见" rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !comment.trim()} onClick={() => void run('return')}>
            确认退回
          </Button>
          <Button buttonStyle="none" size="small" margin={false} disabled={busy} onClick={() => setReturning(false)}>
            取消
          </Button>
        </span>
      )}
    </div>
  );
}
