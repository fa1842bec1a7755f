import { useEffect, useId, useRef, useState } from 'react';
import type { MyParticipationResponse } from '@union/schemas';
import PhoneVerification from '@union/ui/islands/PhoneVerification.tsx';
import { clearToken, loadToken, sessionStore, type ParticipantToken } from '@union/ui/islands/participant.ts';
import { consentPurposeLabel, deleteMine, loadMine, registrationStatusLabel, voteKindLabel, voteStatusLabel, voteTitle } from './me.ts';

interface Props {
  /** Base URL of the participation API; '' for the same origin. */
  apiBase: string;
  /** Titles of the published campaigns by slug, so the list shows titles rather than slugs (the API names rounds and candidates). */
  campaignTitles: Record<string, string>;
}

const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
const formatTime = (iso: string) => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at);
};

type Deleted = { registrations: number; votesUnlinked: number };

export default function MeIsland({ apiBase, campaignTitles }: Props) {
  const id = useId();
  const [token, setToken] = useState<ParticipantToken | null>(null);
  const [verifyAgain, setVerifyAgain] = useState<{ message: string } | null>(null);
  const [mine, setMine] = useState<MyParticipationResponse | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setToken(loadToken(sessionStore())), []);

  useEffect(() => {
    if (!token) return;
    let current = true;
    setLoading(true);
    setError(null);
    void loadMine(apiBase, token.token).then((outcome) => {
      if (!current) return;
      setLoading(false);
      if (outcome.kind === 'ok') setMine(outcome.data);
      else if (outcome.kind === 'unverified') backToVerify(outcome.message);
      else setError(outcome.message);
    });
    return () => void (current = false);
  }, [apiBase, token]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (deleted || (mine && token)) heading.current?.focus();
  }, [deleted, mine, token]);

  function backToVerify(message: string) {
    clearToken(sessionStore());
    setToken(null);
    setMine(null);
    setConfirming(false);
    setVerifyAgain({ message });
  }

  function verified(next: ParticipantToken) {
    setDeleted(null);
    setVerifyAgain(null);
    setToken(next);
  }

  async function deleteAll() {
    if (!token || deleting) return;
    setDeleting(true);
    setError(null);
    const outcome = await deleteMine(apiBase, token.token);
    setDeleting(false);
    setConfirming(false);
    if (outcome.kind === 'ok') {
      setDeleted(outcome.data);
      setMine({ registrations: [], votes: [] });
    } else if (outcome.kind === 'unverified') {
      backToVerify(outcome.message);
    } else {
      setError(outcome.message);
    }
  }

  if (!token) {
    return (
      <div className="me-island">
        <PhoneVerification
          apiBase={apiBase}
          onVerified={verified}
          title="请先验证手机号，查看用它留下的报名和投票记录"
          initialError={verifyAgain?.message}
          focusOnMount={verifyAgain !== null}
        />
      </div>
    );
  }

  const title = (slug: string) => campaignTitles[slug] ?? slug;
  const empty = mine !== null && mine.registrations.length === 0 && mine.votes.length === 0;

  return (
    <div className="me-island" aria-busy={loading || deleting}>
      <p className="vote-verified">
        手机号已验证。
        <button type="button" className="link-button" onClick={() => backToVerify('')}>
          更换手机号
        </button>
      </p>

      {deleted && (
        <div className="notice me-deleted" role="status" data-testid="me-deleted">
          已删除 {deleted.registrations} 条报名记录；{deleted.votesUnlinked} 张投票已与您的手机号解除关联。
        </div>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="me-error">
          {error}
        </p>
      )}
      {loading && <p className="vote-hint">正在读取…</p>}

      {mine && (
        <>
          <h2 id={`${id}-registrations`} ref={heading} tabIndex={-1}>
            我的报名
          </h2>
          {mine.registrations.length === 0 ? (
            <p className="me-empty" data-testid="me-no-registrations">
              没有用这个手机号报名的记录。
            </p>
          ) : (
            <ul className="me-list" aria-labelledby={`${id}-registrations`} data-testid="me-registrations">
              {mine.registrations.map((r) => (
                <li className="me-item" key={`${r.campaign}-${r.confirmationCode}`}>
                  <p className="me-item__title">
                    {title(r.campaign)} <span className="me-item__status">{registrationStatusLabel(r)}</span>
                  </p>
                  <dl className="me-item__details">
                    <dt>确认码</dt>
                    <dd className="confirmation-code-inline">{r.confirmationCode}</dd>
                    <dt>姓名</dt>
                    <dd>{r.name}</dd>
                    <dt>工作单位</dt>
                    <dd>{r.workUnit}</dd>
                    <dt>手机号</dt>
                    <dd>{r.phoneMasked}</dd>
                    <dt>报名时间</dt>
                    <dd>{formatTime(r.registeredAt)}</dd>
                    <dt>同意事项</dt>
                    <dd>
                      {r.consents.length === 0
                        ? '无'
                        : r.consents.map((c) => `${consentPurposeLabel(c.purpose)}（${formatTime(c.at)}）`).join('；')}
                    </dd>
                    <dt>签到</dt>
                    <dd>{r.checkedInAt ? formatTime(r.checkedInAt) : '未签到'}</dd>
                    {r.cancelledAt && (
                      <>
                        <dt>取消时间</dt>
                        <dd>{formatTime(r.cancelledAt)}</dd>
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
          )}

          <h2 id={`${id}-votes`}>我的投票</h2>
          {mine.votes.length === 0 ? (
            <p className="me-empty" data-testid="me-no-votes">
              没有用这个手机号投票的记录。
            </p>
          ) : (
            <ul className="me-list" aria-labelledby={`${id}-votes`} data-testid="me-votes">
              {mine.votes.map((v) => (
                <li className="me-item" key={v.receipt}>
                  <p className="me-item__title">
                    {title(v.campaign)}：{voteTitle(v)} <span className="me-item__status">{voteStatusLabel(v)}</span>
                  </p>
                  <dl className="me-item__details">
                    {v.roundName && (
                      <>
                        <dt>轮次</dt>
                        <dd>{v.roundName}</dd>
                      </>
                    )}
                    <dt>回执编号</dt>
                    <dd className="vote-receipt__code">{v.receipt}</dd>
                    <dt>{voteKindLabel(v)}时间</dt>
                    <dd>{formatTime(v.castAt)}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}

          {!empty && (
            <section className="me-delete" aria-labelledby={`${id}-delete`}>
              <h2 id={`${id}-delete`}>删除我的全部记录</h2>
              <p>删除后，您的报名记录（含姓名、手机号、工作单位）将被永久删除；已投的票仍计入结果，但不再与您的手机号关联。</p>
              {confirming ? (
                <div className="me-delete__confirm" role="group" aria-label="确认删除">
                  <p>确定要删除吗？此操作无法撤销。</p>
                  <button
                    type="button"
                    className="button button--primary"
                    ref={confirmButton}
                    disabled={deleting}
                    onClick={() => void deleteAll()}
                  >
                    {deleting ? '删除中…' : '确认删除'}
                  </button>
                  <button type="button" className="button" disabled={deleting} onClick={() => setConfirming(false)}>
                    取消
                  </button>
                </div>
              ) : (
                <button type="button" className="button" onClick={() => setConfirming(true)}>
                  删除我的全部记录
                </button>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
