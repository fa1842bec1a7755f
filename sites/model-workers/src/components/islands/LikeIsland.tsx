import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { clearToken, loadToken, NETWORK_ERROR, sessionStore, type ParticipantToken } from '@union/ui/islands/session.ts';
import { AFTER_CACHE_MS, createLikeSender, likeCountText, readLikes, REFRESH_MS, type LikeTarget } from './like.ts';

interface Props {
  /** Base URL of the participation API; '' for the same origin. */
  apiBase: string;
  target: LikeTarget;
  /** The model worker's name, for the button's accessible name. */
  name: string;
  /** The round's close: a page built while it was open stops offering the button after it. */
  closesAt: string;
}

// The verification form (with its input checks) loads only when someone taps 点赞 without a token:
// most readers never need it (see like.ts on the page's JS budget). Loaded by hand rather than with
// lazy/Suspense, so a failed download becomes a message and the next tap tries again.
type VerificationForm = typeof import('@union/ui/islands/PhoneVerification.tsx').default;

// Written against React's API; this site renders it with Preact's compat layer (astro.config.mjs).
export default function LikeIsland({ apiBase, target, name, closesAt }: Props) {
  const id = useId();
  const [hydrated, setHydrated] = useState(false);
  const [count, setCount] = useState<number | null>(null);
  const [token, setToken] = useState<ParticipantToken | null>(null);
  // The verification step shows once someone taps 点赞 without a token, with why when sent back.
  const [verify, setVerify] = useState<{ message: string } | null>(null);
  const [Verification, setVerification] = useState<VerificationForm | null>(null);
  const [busy, setBusy] = useState(false);
  const [liked, setLiked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sender = useRef(createLikeSender());
  const button = useRef<HTMLButtonElement>(null);
  const timers = useRef<number[]>([]);

  const refresh = useCallback(async () => {
    const next = await readLikes(apiBase, target);
    if (next !== null) setCount(next);
  }, [apiBase, target.campaign, target.round, target.candidate]);

  useEffect(() => {
    setHydrated(true);
    setToken(loadToken(sessionStore()));
    void refresh();
    const interval = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, REFRESH_MS);
    const pending = timers.current;
    return () => {
      window.clearInterval(interval);
      pending.forEach((t) => window.clearTimeout(t));
    };
  }, [refresh]);

  async function askToVerify(message: string) {
    if (!Verification) {
      setBusy(true);
      try {
        const form = (await import('@union/ui/islands/PhoneVerification.tsx')).default;
        // A function given to a state setter is called as an updater: wrap the component.
        setVerification(() => form);
      } catch {
        setError(NETWORK_ERROR);
        return;
      } finally {
        setBusy(false);
      }
    }
    setVerify({ message });
  }

  async function like(withToken: ParticipantToken | null = token) {
    if (busy) return;
    if (!withToken) {
      setError(null);
      await askToVerify('');
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    const outcome = await sender.current.send(apiBase, withToken.token, target);
    setBusy(false);
    if (outcome.kind === 'accepted') {
      setLiked(true);
      setNotice('点赞成功！点赞数约 5 秒后更新。');
      // The results read is cached for 5 s: ask again once the cache has turned over.
      timers.current.push(window.setTimeout(() => void refresh(), AFTER_CACHE_MS));
    } else if (outcome.kind === 'unverified') {
      clearToken(sessionStore());
      setToken(null);
      await askToVerify(outcome.message);
    } else {
      setError(outcome.message);
    }
  }

  function verified(next: ParticipantToken) {
    setToken(next);
    setVerify(null);
    // They tapped 点赞 to get here: the like goes out now, and focus returns to the button.
    timers.current.push(window.setTimeout(() => button.current?.focus(), 0));
    void like(next);
  }

  const closed = hydrated && Date.now() >= Date.parse(closesAt);

  return (
    <div className="like-island">
      <p className="like-island__count" aria-live="polite" aria-atomic="true" id={`${id}-count`} data-testid="like-count">
        {likeCountText(count)}
      </p>
      {closed ? (
        <p className="notice">本轮点赞已结束，感谢参与。</p>
      ) : (
        <button
          ref={button}
          type="button"
          className="button button--primary like-island__button"
          aria-describedby={`${id}-count`}
          aria-label={liked ? `已为${name}点赞` : `为${name}点赞`}
          disabled={!hydrated || busy || liked}
          onClick={() => void like()}
        >
          {busy ? '提交中…' : liked ? '已点赞' : '点赞'}
        </button>
      )}
      <div aria-live="polite">
        {notice && <p className="like-island__notice">{notice}</p>}
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="like-error">
          {error}
        </p>
      )}
      {verify && !token && !closed && Verification && (
        <Verification apiBase={apiBase} onVerified={verified} title="验证手机号后点赞" initialError={verify.message || undefined} focusOnMount />
      )}
      <p className="like-island__hint">每位劳模每天可点赞一次，需先验证手机号。点赞数每隔几秒更新，新的点赞约 5 秒后显示。</p>
    </div>
  );
}
