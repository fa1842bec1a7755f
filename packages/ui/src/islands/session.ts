// What an island needs before anyone acts: the tab's participant token and the API call that
// never throws. Nothing here imports the schemas (zod), so an island that only reads (the 点赞
// count) stays small; participant.ts adds the checks and calls of verifying a phone.

/** A verified participant's token, as POST /v1/otp/verify answers it. */
export interface ParticipantToken {
  token: string;
  expiresAt: string;
}

export const NETWORK_ERROR = '网络异常，请检查网络后重试';
const STORAGE_KEY = 'union.participant';
// A token this close to expiry is treated as gone, so a vote does not fail halfway.
const EXPIRY_MARGIN_MS = 30_000;

/** The token of this tab, if one is stored and still valid. Session storage: it goes with the tab, never to other sites. */
export function loadToken(storage: Pick<Storage, 'getItem'> | null, now: Date = new Date()): ParticipantToken | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ParticipantToken>;
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string') return null;
    return Date.parse(parsed.expiresAt) - EXPIRY_MARGIN_MS > now.getTime() ? { token: parsed.token, expiresAt: parsed.expiresAt } : null;
  } catch {
    return null;
  }
}

export function saveToken(storage: Pick<Storage, 'setItem'> | null, token: ParticipantToken): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(token));
  } catch {
    // Private browsing may refuse storage: the token then lives only as long as the page.
  }
}

export function clearToken(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The session storage of the page, or null where it is not available. */
export function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** An API answer: its status and JSON body, or a network failure (no answer at all). */
export type ApiAnswer = { ok: true; status: number; body: unknown; headers: Headers } | { ok: false };

const REQUEST_TIMEOUT_MS = 15_000;

/** Calls the participation API; never throws. */
export async function callApi(url: string, init: RequestInit = {}): Promise<ApiAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body: unknown = await response.json().catch(() => null);
    return { ok: true, status: response.status, body, headers: response.headers };
  } catch {
    return { ok: false };
  }
}
