'use client';

import { Button, useConfig } from '@payloadcms/ui';
import { useRef, useState, type FormEvent } from 'react';

interface Props {
  campaign: string;
}

interface Outcome {
  key: number;
  ok: boolean;
  text: string;
}

/** The check-in desk: the input keeps focus, so a scanner can send one code after another. */
export function CheckInForm({ campaign }: Props) {
  const { config } = useConfig();
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const keyRef = useRef(0);

  const report = (ok: boolean, text: string) => setOutcomes((list) => [{ key: ++keyRef.current, ok, text }, ...list].slice(0, 20));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending || !code.trim()) return;
    setSending(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/participation/check-ins`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ campaign, code }),
      });
      const body = (await response.json().catch(() => null)) as
        | { registration?: { name: string; phoneMasked: string }; errors?: { message?: string }[] }
        | null;
      if (response.ok && body?.registration) report(true, `签到成功：${body.registration.name}（${body.registration.phoneMasked}）`);
      else report(false, body?.errors?.[0]?.message ?? '签到失败，请稍后重试');
      setCode('');
    } catch {
      report(false, '网络错误，请稍后重试');
    } finally {
      setSending(false);
      input.current?.focus();
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="签到">
      <p>
        <label>
          签到码：
          <input
            ref={input}
            autoFocus
            autoComplete="off"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder="输入确认码，或用扫码枪扫描报名二维码"
            style={{ width: 360, fontSize: 18, padding: 6 }}
          />
        </label>{' '}
        <Button type="submit" buttonStyle="primary" size="small" disabled={sending}>
          签到
        </Button>
      </p>
      <ul aria-live="polite" style={{ listStyle: 'none', padding: 0 }}>
        {outcomes.map((o) => (
          <li key={o.key} style={{ color: o.ok ? '#1d7a33' : '#b3261e', fontWeight: 600, padding: '4px 0' }}>
            {o.text}
          </li>
        ))}
      </ul>
    </form>
  );
}
