import type { AfterErrorHook } from 'payload';

interface PublicError extends Error {
  status?: number;
  isPublic?: boolean;
  data?: Record<string, unknown>;
}

interface FieldError {
  path?: string;
  message?: string;
}

function fieldErrorsOf(data: unknown): FieldError[] {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) ? (errors as FieldError[]) : [];
}

/**
 * Puts the details of a public client error back into the REST response. Payload formats an
 * error with its data only when `instanceof` recognises the class, and in the Next production
 * bundle it does not, so field errors (the Chinese message per field that the admin shows beside
 * each field, and API clients read) and error codes were dropped, leaving "下面的字段是无效的".
 * A validation failure's top-level message becomes its field messages, so a toast or an API
 * client reads what to fix. Server errors (5xx) keep Payload's handling.
 */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const err = error as PublicError;
  if (!result || !err.isPublic || !err.status || err.status >= 500 || !err.data || typeof err.data !== 'object') return;
  const fields = fieldErrorsOf(err.data).filter((field) => typeof field.message === 'string' && field.message);
  const message = fields.length > 0 ? fields.map((field) => field.message).join('；') : err.message;
  return { response: { errors: [{ name: err.name, message, data: err.data }] }, status: err.status };
};
