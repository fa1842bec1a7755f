import * as z from 'zod/mini';

/**
 * Region of the stacks when nothing names one: us-east-1, which the CDK CLI itself falls back to without
 * AWS_REGION or a profile region, so a run without the CLI (tests, `tsx bin/app.ts`) synthesizes the same.
 * The stacks need a region even for `cdk synth`: the sites' Lambda@Edge function must live in us-east-1,
 * in a companion stack read back across regions when the others are elsewhere.
 */
export const DEFAULT_REGION = 'us-east-1';

// The CDK CLI sets these from the active credentials and profile (AWS_REGION wins). Without an account
// the stacks are account-agnostic, so synth needs no credentials.
const envSchema = z.object({
  CDK_DEFAULT_ACCOUNT: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  CDK_DEFAULT_REGION: z._default(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/)), DEFAULT_REGION),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the CDK app's configuration; empty variables count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment for the CDK app:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
