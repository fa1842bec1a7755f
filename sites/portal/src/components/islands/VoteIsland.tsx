import { useCallback, useEffect, useId, useRef, useState } from 'react';
import PhoneVerification from '@union/ui/islands/PhoneVerification.tsx';
import { callApi, clearToken, loadToken, sessionStore, type ParticipantToken } from '@union/ui/islands/participant.ts';
import { castVote, parseResults, parseVote, resultsUrl, voteUrl, type CandidateCount, type VoteReceipt } from '@union/ui/islands/vote.ts';

interface Props {
  /** Slug of the campaign. */
  campaign: string;
  /** Base URL of the participation API; '' for the same origin. */
  apiBase: string;
  /** The round taking votes, with the candidates the public may see. */
  round: { id: string; name: string; closesAt: string; candidates: { id: string; name: string }[] };
}

// Results are cached by the API for 5 s: asking again sooner only returns the same numbers.
const RESULTS_REFRESH_MS = 15_000;
const AFTER_CACHE_MS = 6_000;
const STATUS_POLL_MS = 2_000;
const STATUS_POLLS = 30;

export default function VoteIsland({ campaign, apiBase, round }: Props) {
  const id = useId();
  const [hydrated, setHydrated] = useState(false);
  const [token, setToken] = useState<ParticipantToken | null>(null);
  // Why the person is back at the verification step, and whether to take them there.
  const [verifyAgain, setVerifyAgain] = useState<{ message: string } | null>(null);
  const [counts, setCounts] = useState<Map<string, CandidateCount> | null>(null);
  const [votingFor, setVotingFor] = useState<string | null>(null);
  // Shown in the row of the candidate it is about, where the person just tapped.
  const [voteError, setVoteError] = useState<{ candidate: string; message: string } | null>(null);
  const [receipt, setReceipt] = useState<VoteReceipt | null>(null);
  // One key per attempt to vote for a candidate, kept while its outcome is unknown so a retry counts once.
  const pendingKeys = useRef(new Map<string, string>());
  const listHeading = useRef<HTMLHeadingElement>(null);
  const timers = useRef<number[]>([]);

  useEffect(() => {
    setHydrated(true);
    setToken(loadToken(sessionStore()));
    const pending = timers.current;
    return () => pending.forEach((t) => window.clearTimeout(t));
  }, []);

  const later = useCallback((ms: number, run: () => void) => {
    timers.current.push(window.setTimeout(run, ms));
  }, []);

  const refreshResults = useCallback(async () => {
    const answer = await callApi(resultsUrl(apiBase, campaign, round.id));
    const parsed = answer.ok && answer.status === 200 ? parseResults(answer.body) : null;
    if (parsed) setCounts(parsed);
  }, [apiBase, campaign, round.id]);

  useEffect(() => {
    void refreshResults();
    const interval = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refreshResults();
    }, RESULTS_REFRESH_MS);
    return () => window.clearInterval(interval);
  }, [refreshResults]);

  function backToVerify(message: string) {
    clearToken(sessionStore());
    setToken(null);
    // The form may be far above the row tapped: the verification step takes focus when it comes back.
    setVerifyAgain({ message });
  }

  function verified(next: ParticipantToken) {
    // The phone number is not needed any more: the form goes, and nothing keeps it.
    setToken(next);
    setVerifyAgain(null);
    later(0, () => listHeading.current?.focus());
  }

  function followReceipt(vote: VoteReceipt, polls = 0) {
    if (vote.counted || polls >= STATUS_POLLS) {
      // Counted: the totals include it once the results cache has turned over.
      if (vote.counted) later(AFTER_CACHE_MS, () => void refreshResults());
      return;
    }
    later(STATUS_POLL_MS, async () => {
      const answer = await callApi(voteUrl(apiBase, vote.receipt));
      const next = answer.ok && answer.status === 200 ? parseVote(answer.body) : null;
      if (next) setReceipt((shown) => (shown?.receipt === next.receipt ? next : shown));
      followReceipt(next ?? vote, polls + 1);
    });
  }

  async function vote(candidate: { id: string; name: string }) {
    if (!token || votingFor) return;
    setVoteError(null);
    setVotingFor(candidate.id);
    const key = pendingKeys.current.get(candidate.id) ?? crypto.randomUUID();
    pendingKeys.current.set(candidate.id, key);
    const outcome = await castVote(apiBase, token.token, { campaign, round: round.id, candidate: candidate.id }, key);
    setVotingFor(null);
    if (outcome.kind !== 'unknown') pendingKeys.current.delete(candidate.id);
    if (outcome.kind === 'accepted') {
      setReceipt(outcome.vote);
      followReceipt(outcome.vote);
    } else if (outcome.kind === 'unverified') {
      backToVerify(outcome.message);
    } else {
      setVoteError({ candidate: candidate.id, message: outcome.message });
    }
  }

  const closed = hydrated && Date.now() >= Date.parse(round.closesAt);

  return (
    <div className="vote-island">
      {closed ? (
        <p className="notice">本轮投票已结束，感谢参与。</p>
      ) : token ? (
        <p className="vote-verified">
          手机号已验证，可以投票。
          <button type="button" className="link-button" onClick={() => backToVerify('')}>
            更换手机号
          </button>
        </p>
      ) : (
        <PhoneVerification
          apiBase={apiBase}
          onVerified={verified}
          initialError={verifyAgain?.message}
          focusOnMount={verifyAgain !== null}
        />
      )}

      <h3 className="vote-step" id={`${id}-list-title`} ref={listHeading} tabIndex={-1}>
        {token && !closed ? '第二步：选择候选人投票' : '候选人及当前票数'}
      </h3>
      <ul className="vote-list" aria-labelledby={`${id}-list-title`}>
        {round.candidates.map((candidate) => (
          <li className="vote-candidate" key={candidate.id}>
            <span className="vote-candidate__name">{candidate.name}</span>
            <span className="vote-candidate__count" data-testid={`votes-${candidate.id}`}>
              {counts ? `${counts.get(candidate.id)?.votes ?? 0} 票` : '— 票'}
            </span>
            {(counts?.get(candidate.id)?.voided ?? 0) > 0 && (
              <span className="vote-candidate__voided" data-testid={`voided-${candidate.id}`}>
                （已作废 {counts?.get(candidate.id)?.voided} 票）
              </span>
            )}
            {token && !closed && (
              <button
                type="button"
                className="button button--primary vote-candidate__button"
                aria-label={`投票给${candidate.name}`}
                disabled={votingFor !== null}
                onClick={() => void vote(candidate)}
              >
                {votingFor === candidate.id ? '提交中…' : '投票'}
              </button>
            )}
            {receipt?.candidate === candidate.id && (
              <div className="vote-receipt" role="status" data-testid="vote-receipt">
                <p className="vote-receipt__title">投票成功：{candidate.name}</p>
                <p className="vote-receipt__label">回执编号</p>
                <p className="vote-receipt__code" data-testid="vote-receipt-code">
                  {receipt.receipt}
                </p>
                <p className="vote-receipt__status" data-testid="vote-status">
                  {receipt.voided ? '已作废' : receipt.counted ? '已计入' : '待计入'}
                </p>
              </div>
            )}
            {voteError?.candidate === candidate.id && (
              <p className="form-error vote-candidate__error" role="alert" data-testid="vote-error">
                {voteError.message}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="vote-hint">票数每隔几秒更新一次，新投的票计入后显示。</p>
    </div>
  );
}
