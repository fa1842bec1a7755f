import * as z from 'zod/mini';

// Local-only fallbacks so `npm run dev` works out of the box; STAGE=aws refuses to start without real values.
const LOCAL_PHONE_HASH_KEY = 'local-dev-phone-hash-key-do-not-use-in-aws';
const LOCAL_INTERNAL_API_TOKEN = 'local-internal-token';
const LOCAL_PARTICIPANT_TOKEN_KEY = 'local-dev-participant-token-key-do-not-use-in-aws';
const LOCAL_DATA_KEY = 'local-dev-data-key-encryption-key-do-not-use-in-aws';

const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;

const envSchema = z
  .object({
    STAGE: z._default(z.enum(['local', 'aws']), 'local'),
    TABLE_NAME: z._default(z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/)), 'union-participation'),
    DYNAMODB_ENDPOINT: z.optional(z.url({ protocol: /^https?$/ })),
    AWS_REGION: z._default(z.string().check(z.minLength(1)), 'ap-east-1'),
    PHONE_HASH_KEY: z.optional(z.string().check(z.minLength(32))),
    INTERNAL_API_TOKEN: z.optional(z.string().check(z.minLength(16))),
    PARTICIPANT_TOKEN_KEY: z.optional(z.string().check(z.minLength(32))),
    DATA_KEY: z.optional(z.string().check(z.minLength(32))),
    DATA_KMS_KEY_ID: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
    PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 8787),
    LOG_LEVEL: z._default(z.pipe(z.string().check(z.trim(), z.toUpperCase()), z.enum(LOG_LEVELS)), 'INFO'),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.STAGE !== 'aws') return;
      for (const key of ['PHONE_HASH_KEY', 'INTERNAL_API_TOKEN', 'PARTICIPANT_TOKEN_KEY'] as const) {
        if (!value[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when STAGE=aws', input: undefined });
      }
      if (!value.DATA_KEY && !value.DATA_KMS_KEY_ID) {
        ctx.addIssue({ code: 'custom', path: ['DATA_KEY'], message: 'DATA_KEY or DATA_KMS_KEY_ID required when STAGE=aws', input: undefined });
      }
    }),
  );

export interface Env {
  STAGE: 'local' | 'aws';
  TABLE_NAME: string;
  DYNAMODB_ENDPOINT: string | undefined;
  AWS_REGION: string;
  PHONE_HASH_KEY: string;
  INTERNAL_API_TOKEN: string;
  /** HMAC key of participant tokens (lib/participant-token.ts). */
  PARTICIPANT_TOKEN_KEY: string;
  /** Key-encryption key of personal fields when no KMS key is configured (lib/data-keys.ts). */
  DATA_KEY: string;
  /** KMS key (id, ARN or alias) that makes and unwraps the data keys of personal fields; wins over DATA_KEY. */
  DATA_KMS_KEY_ID: string | undefined;
  PORT: number;
  LOG_LEVEL: (typeof LOG_LEVELS)[number];
}

/** Validates configuration; throws naming the bad variables but never their values (some are secrets). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An exported-but-empty variable (`FOO=`) means "unset", as in most shells' .env conventions.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid environment for the participation API:\n  ${problems.join('\n  ')}`);
  }
  const e = result.data;
  return {
    ...e,
    DYNAMODB_ENDPOINT: e.DYNAMODB_ENDPOINT, // always present, possibly undefined
    PHONE_HASH_KEY: e.PHONE_HASH_KEY ?? LOCAL_PHONE_HASH_KEY,
    INTERNAL_API_TOKEN: e.INTERNAL_API_TOKEN ?? LOCAL_INTERNAL_API_TOKEN,
    PARTICIPANT_TOKEN_KEY: e.PARTICIPANT_TOKEN_KEY ?? LOCAL_PARTICIPANT_TOKEN_KEY,
    DATA_KEY: e.DATA_KEY ?? LOCAL_DATA_KEY,
    DATA_KMS_KEY_ID: e.DATA_KMS_KEY_ID,
  };
}

export const env: Env = parseEnv(process.env);
