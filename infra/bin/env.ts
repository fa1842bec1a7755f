import * as z from 'zod/mini';

// The CDK CLI sets these from the active credentials; without credentials they are absent and the
// app synthesizes environment-agnostic stacks.
const envSchema = z.object({
  CDK_DEFAULT_ACCOUNT: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  CDK_DEFAULT_REGION: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
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
