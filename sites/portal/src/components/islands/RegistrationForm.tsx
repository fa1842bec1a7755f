import { useEffect, useId, useRef, useState, type FocusEvent, type ChangeEvent, type InputHTMLAttributes, type SubmitEvent } from 'react';
import PhoneVerification from '@union/ui/islands/PhoneVerification.tsx';
import { clearToken, sessionStore, type ParticipantToken } from '@union/ui/islands/participant.ts';
import {
  FIELDS,
  submitRegistration,
  validateRegistration,
  type Field,
  type FieldMessages,
  type Registered,
  type RegistrationValues,
} from './registration.ts';

interface Props {
  /** Slug of the campaign to register for. */
  campaign: string;
  /** Base URL of the participation API; '' for the same origin. */
  apiBase: string;
  /** The campaign's rules require a phone verified by SMS code: verify first, then register with that phone. */
  requiresVerifiedParticipant?: boolean;
}

// Inputs are uncontrolled on purpose: on a slow phone people start typing into the server-rendered
// form before React hydrates it, and controlled inputs would wipe what they typed.
function readValues(form: HTMLFormElement): RegistrationValues {
  const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  const consent = form.elements.namedItem('consent') as HTMLInputElement | null;
  return { name: text('name'), phone: text('phone'), workUnit: text('workUnit'), consent: consent?.checked ?? false };
}

const TEXT_FIELDS = [
  { field: 'name', label: '姓名', type: 'text', autoComplete: 'name', maxLength: 32 },
  { field: 'phone', label: '手机号', type: 'tel', inputMode: 'tel', autoComplete: 'tel', maxLength: 20 },
  { field: 'workUnit', label: '工作单位', type: 'text', autoComplete: 'organization', maxLength: 64 },
] as const satisfies ReadonlyArray<{ field: Exclude<Field, 'consent'>; label: string } & InputHTMLAttributes<HTMLInputElement>>;

export default function RegistrationForm({ campaign, apiBase, requiresVerifiedParticipant = false }: Props) {
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  const [errors, setErrors] = useState<FieldMessages>({});
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [sending, setSending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  // The verified phone stays in memory only: a token in storage does not say which phone it is for.
  const [verified, setVerified] = useState<{ token: ParticipantToken; phone: string } | null>(null);
  const [verifyAgain, setVerifyAgain] = useState<{ message: string } | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const successPanel = useRef<HTMLDivElement>(null);
  // The server-rendered form must not submit natively before hydration: a GET to the page
  // would put the phone number into the URL and access logs.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // After verifying, the form replaces the verification step: start it at the first field.
  useEffect(() => {
    if (verified) inputs.current.name?.focus();
  }, [verified]);
  // Move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (registered) successPanel.current?.focus();
  }, [registered]);

  // Only fields the person has left (or tried to submit) show errors, so typing is not interrupted.
  function revalidate(next: RegistrationValues, shown: Partial<Record<Field, boolean>>) {
    const result = validateRegistration(next);
    const all = result.ok ? {} : result.errors;
    setErrors(Object.fromEntries(FIELDS.filter((f) => shown[f] && all[f]).map((f) => [f, all[f]])));
  }

  function change(field: Field) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const form = event.currentTarget.form;
      if (form && touched[field]) revalidate(readValues(form), touched);
    };
  }

  function blur(field: Field) {
    return (event: FocusEvent<HTMLInputElement>) => {
      const form = event.currentTarget.form;
      const shown = { ...touched, [field]: true };
      setTouched(shown);
      if (form) revalidate(readValues(form), shown);
    };
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setFormError(null);
    const allTouched = { name: true, phone: true, workUnit: true, consent: true };
    setTouched(allTouched);
    const result = validateRegistration(readValues(event.currentTarget));
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELDS.find((f) => result.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    setSending(true);
    const outcome = await submitRegistration(apiBase, campaign, result.request, verified?.token.token);
    setSending(false);
    if (outcome.kind === 'success') {
      const { kind: _kind, ...registration } = outcome;
      setRegistered(registration);
    } else if (outcome.kind === 'fields') {
      setErrors(outcome.errors);
      setFormError(outcome.message ?? null);
      const first = FIELDS.find((f) => outcome.errors[f]);
      if (first) inputs.current[first]?.focus();
    } else if (outcome.kind === 'unverified' && requiresVerifiedParticipant) {
      backToVerify(outcome.message);
    } else {
      setFormError(outcome.message);
    }
  }

  function backToVerify(message: string) {
    clearToken(sessionStore());
    setVerified(null);
    setErrors({});
    setFormError(null);
    setVerifyAgain({ message });
  }

  if (registered) {
    const waitlisted = registered.status === 'waitlisted';
    return (
      <div className="registration-success" data-testid="registration-success" role="status" tabIndex={-1} ref={successPanel}>
        <p className="registration-success__title">{waitlisted ? '名额已满，您已进入候补名单' : '报名成功'}</p>
        {waitlisted && (
          <p className="registration-success__hint" data-testid="waitlist-position">
            {registered.waitlistPosition ? `您目前排在候补第 ${registered.waitlistPosition} 位。` : ''}
            有人取消报名时将按候补先后依次递补，递补成功后凭此确认码签到。
          </p>
        )}
        <p className="registration-success__label">您的报名确认码</p>
        <p className="confirmation-code" data-testid="confirmation-code">
          {registered.confirmationCode}
        </p>
        {registered.qrCode && (
          <img
            className="registration-success__qr"
            data-testid="check-in-qr"
            src={registered.qrCode}
            alt={`签到二维码，确认码 ${registered.confirmationCode}`}
            width={180}
            height={180}
          />
        )}
        <p className="registration-success__hint">请截图或抄写保存此确认码和签到二维码，参加活动或查询、取消报名时需要提供。</p>
      </div>
    );
  }

  if (requiresVerifiedParticipant && !verified) {
    return (
      <div className="registration-verify">
        <p className="registration__hint">本活动需先验证手机号，再用该手机号报名。</p>
        <PhoneVerification
          apiBase={apiBase}
          onVerified={(token, phone) => {
            setVerifyAgain(null);
            setVerified({ token, phone });
          }}
          initialError={verifyAgain?.message}
          focusOnMount={verifyAgain !== null}
        />
      </div>
    );
  }

  const describedBy = (field: Field) => (errors[field] ? errorId(field) : undefined);
  const fieldError = (field: Field) => (
    <p className="field__error" id={errorId(field)} aria-live="polite">
      {errors[field] ?? ''}
    </p>
  );

  return (
    <form className="registration-form" method="post" noValidate onSubmit={submit} aria-busy={sending}>
      {TEXT_FIELDS.map(({ field, label, ...attributes }) => (
        <div className="field" key={field}>
          <label className="field__label" htmlFor={fieldId(field)}>
            {label}
          </label>
          <input
            id={fieldId(field)}
            ref={(el) => void (inputs.current[field] = el)}
            name={field}
            {...attributes}
            {...(field === 'phone' && verified ? { defaultValue: verified.phone, readOnly: true } : {})}
            onChange={change(field)}
            onBlur={blur(field)}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={describedBy(field)}
          />
          {fieldError(field)}
          {field === 'phone' && verified && (
            <button type="button" className="link-button" onClick={() => backToVerify('')}>
              更换手机号
            </button>
          )}
        </div>
      ))}

      <div className="field field--checkbox">
        <input
          id={fieldId('consent')}
          ref={(el) => void (inputs.current.consent = el)}
          name="consent"
          type="checkbox"
          onChange={change('consent')}
          onBlur={blur('consent')}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={describedBy('consent')}
        />
        <label htmlFor={fieldId('consent')}>
          我已阅读并同意
          <a href="/privacy/" target="_blank" rel="noopener">
            《个人信息处理规则》
          </a>
        </label>
        {fieldError('consent')}
      </div>

      {formError && (
        <p className="form-error" role="alert" data-testid="form-error">
          {formError}
        </p>
      )}

      <button type="submit" className="button button--primary" disabled={!hydrated || sending}>
        {sending ? '提交中…' : '提交报名'}
      </button>
    </form>
  );
}
