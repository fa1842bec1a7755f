import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { checkCodeInput, checkPhoneInput, errorMessage, requestCode, saveToken, sessionStore, verifyCode, type ParticipantToken } from './participant.ts';

interface Props {
  /** Base URL of the participation API; '' for the same origin. */
  apiBase: string;
  /** Called once the code is accepted; the token is already stored for the tab. The phone is the normalised number. */
  onVerified: (token: ParticipantToken, phone: string) => void;
  /** The step's heading, e.g. 第一步：验证手机号. */
  title?: string;
  /** A message to show from the start, e.g. why the person has to verify again. */
  initialError?: string;
  /** Focus the phone field on mount: the person was sent back here from somewhere else on the page. */
  focusOnMount?: boolean;
}

/** The SMS-code step every island shares: phone, code, token. */
export default function PhoneVerification({ apiBase, onVerified, title = '第一步：验证手机号', initialError, focusOnMount = false }: Props) {
  const id = useId();
  const [hydrated, setHydrated] = useState(false);
  const [codeSent, setCodeSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError || null);
  const [notice, setNotice] = useState<string | null>(null);
  // Uncontrolled inputs: on a slow phone people type before React hydrates, and state would wipe it.
  const phoneInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const focusCode = useRef(false);

  useEffect(() => {
    setHydrated(true);
    if (focusOnMount) phoneInput.current?.focus();
  }, [focusOnMount]);

  // The code field only exists after the render that follows sending the code.
  useEffect(() => {
    if (codeSent && focusCode.current) {
      focusCode.current = false;
      codeInput.current?.focus();
    }
  }, [codeSent, notice]);

  async function sendCode() {
    setError(null);
    const checked = checkPhoneInput(phoneInput.current?.value ?? '');
    if ('error' in checked) return setError(checked.error);
    setBusy(true);
    const answer = await requestCode(apiBase, checked.phone);
    setBusy(false);
    if (answer.ok && answer.status === 202) {
      focusCode.current = true;
      setCodeSent(true);
      setNotice('验证码已发送，请查看短信。');
    } else {
      setError(errorMessage(answer));
    }
  }

  async function verify(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!codeSent) return void sendCode();
    setError(null);
    const checked = checkCodeInput(phoneInput.current?.value ?? '', codeInput.current?.value ?? '');
    if ('error' in checked) return setError(checked.error);
    setBusy(true);
    const result = await verifyCode(apiBase, checked.phone, checked.code);
    setBusy(false);
    if ('error' in result) return setError(result.error);
    saveToken(sessionStore(), result.token);
    onVerified(result.token, checked.phone);
  }

  return (
    <form className="vote-verify" noValidate onSubmit={verify} aria-busy={busy} aria-labelledby={`${id}-verify-title`}>
      <p className="vote-step" id={`${id}-verify-title`}>
        {title}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-phone`}>
          手机号
        </label>
        <input id={`${id}-phone`} type="tel" inputMode="tel" autoComplete="tel" maxLength={20} ref={phoneInput} />
      </div>
      <button type="button" className="button" disabled={!hydrated || busy} onClick={() => void sendCode()}>
        {codeSent ? '重新获取验证码' : '获取验证码'}
      </button>
      {codeSent && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-code`}>
            验证码
          </label>
          <input id={`${id}-code`} ref={codeInput} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </div>
      )}
      {notice && (
        <p className="vote-notice" aria-live="polite">
          {notice}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="verify-error">
          {error}
        </p>
      )}
      {codeSent && (
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? '验证中…' : '验证手机号'}
        </button>
      )}
    </form>
  );
}
