'use client';

import { Button, toast, useConfig } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

interface Props {
  canPublish: boolean;
  /** A build is queued or running: the panel refreshes itself until it is done. */
  busy: boolean;
}

const REFRESH_MS = 2000;

/** The 发布站点 button (rebuild every site from what is published now) and the panel's refresh while builds run. */
export function PublishSitesButton({ canPublish, busy }: Props) {
  const { config } = useConfig();
  const router = useRouter();
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [busy, router]);

  if (!canPublish) return null;

  async function publish() {
    setSending(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-builds/publish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
        toast.error(body?.errors?.[0]?.message ?? '发布失败，请稍后重试');
        return;
      }
      toast.success('已开始生成站点');
      router.refresh();
    } catch {
      toast.error('网络错误，请稍后重试');
    } finally {
      setSending(false);
    }
  }

  return (
    <Button buttonStyle="primary" size="small" disabled={sending} onClick={() => void publish()}>
      发布站点
    </Button>
  );
}
