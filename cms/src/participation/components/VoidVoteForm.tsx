'use client';

import { Button, toast, useConfig } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** Voids one vote by its receipt (投票凭证号); the reason is required and goes to the API and the audit log. */
export function VoidVoteForm() {
  const { config } = useConfig();
  const router = useRouter();
  const [receipt, setReceipt] = useState('');
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      toast.error('请填写作废原因');
      return;
    }
    if (!window.confirm('作废后该票不再计入结果，且不能撤销。确定作废吗？')) return;
    setSending(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/participation/votes/void`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ receipt, reason }),
      });
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? '作废失败，请稍后重试');
        return;
      }
      toast.success('已作废，结果将在几秒内更新');
      setReceipt('');
      setReason('');
      router.refresh();
    } catch {
      toast.error('网络错误，请稍后重试');
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="作废投票">
      <p>
        <label>
          投票凭证号：
          <input value={receipt} onChange={(e) => setReceipt(e.target.value)} required autoComplete="off" style={{ width: 340, fontFamily: 'monospace' }} />
        </label>
      </p>
      <p>
        <label>
          作废原因（必填）：
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={200} rows={2} style={{ width: 420, display: 'block' }} />
        </label>
      </p>
      <Button type="submit" buttonStyle="primary" size="small" disabled={sending}>
        作废
      </Button>
    </form>
  );
}
