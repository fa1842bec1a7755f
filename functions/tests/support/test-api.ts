import { createHmac, randomInt, randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { CampaignRules } from '@union/schemas';
import { inject } from 'vitest';
import { createDocumentClient, createDynamoClient } from '../../src/lib/dynamodb.ts';
import { createTables } from '../../src/lib/tables.ts';

export const INTERNAL_TOKEN = 'test-internal-token-7f3a9c';
export const PHONE_HASH_KEY = 'test-phone-hash-key-0123456789abcdef';
export const PARTICIPANT_TOKEN_KEY = 'test-participant-token-key-0123456789abcdef';

/**
 * A participant token as the API signs it (lib/participant-token.ts), signed here because that module
 * reads the environment when loaded, before startTestApi has set it.
 */
export function signToken(sub: string, { key = PARTICIPANT_TOKEN_KEY, issuedAt = new Date() } = {}): string {
  const iat = Math.floor(issuedAt.getTime() / 1000);
  const payload = Buffer.from(JSON.stringify({ sub, purpose: 'participation', iat, exp: iat + 2 * 60 * 60 })).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}
/** Key-encryption key of personal fields (DATA_KEY: the local key provider, as STAGE=aws without KMS). */
export const DATA_KEY = 'test-data-key-encryption-key-0123456789';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A campaign slug no other test uses. */
export function uniqueSlug(prefix = 'campaign'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A valid mainland mobile number no other test uses (in all likelihood). */
export function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** A rules snapshot whose registration is open now, with any field overridden. */
export function openRules(slug: string, overrides: Partial<Omit<CampaignRules, 'registration'>> & { registration?: Partial<CampaignRules['registration']> } = {}): CampaignRules {
  const { registration, ...rest } = overrides;
  return {
    slug,
    title: '职工读书月征文',
    kind: 'reading-month',
    updatedAt: new Date().toISOString(),
    ...rest,
    registration: {
      enabled: true,
      opensAt: new Date(Date.now() - DAY_MS).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
      ...registration,
    },
  };
}

export function registrationBody(phone: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: '张伟', phone, workUnit: '市第一机床厂', consent: true, ...overrides };
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

/**
 * Starts the API the way `npm run dev` does, on its own table in the run's DynamoDB Local and on a
 * port the OS picks. Sets the process environment first: handlers read it when they load.
 */
export async function startTestApi(envOverrides: Record<string, string> = {}, { pollStream = true }: { pollStream?: boolean } = {}) {
  // A test may put its own DynamoDB Local (or a proxy in front of one) in place of the run's shared one.
  const endpoint = envOverrides.DYNAMODB_ENDPOINT ?? inject('dynamodbEndpoint');
  const tableName = `test-${randomUUID()}`;
  Object.assign(process.env, {
    STAGE: 'local',
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: tableName,
    AWS_REGION: 'ap-east-1',
    PHONE_HASH_KEY,
    PARTICIPANT_TOKEN_KEY,
    DATA_KEY,
    INTERNAL_API_TOKEN: INTERNAL_TOKEN,
    LOG_LEVEL: 'WARN',
    ...envOverrides,
  });

  const client = createDynamoClient({ region: 'ap-east-1', endpoint });
  const doc = createDocumentClient(client);
  await createTables(client, tableName);
  const { startLocalServer } = await import('../../src/local-server.ts');
  const server = await startLocalServer({ port: 0, host: '127.0.0.1', pollStream });

  async function request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const hasJson = options.body !== undefined;
    return fetch(`${server.url}${path}`, {
      method,
      headers: { ...(hasJson ? { 'content-type': 'application/json' } : {}), ...options.headers },
      ...(options.rawBody !== undefined ? { body: options.rawBody } : hasJson ? { body: JSON.stringify(options.body) } : {}),
    });
  }

  return {
    url: server.url,
    tableName,
    client,
    request,
    register: (slug: string, body: unknown, headers: Record<string, string> = {}) =>
      request('POST', `/v1/campaigns/${slug}/registrations`, { body, headers }),
    putRules: (rules: CampaignRules, { slug = rules.slug, token = INTERNAL_TOKEN }: { slug?: string; token?: string } = {}) =>
      request('PUT', `/v1/internal/campaigns/${slug}`, { body: rules, headers: { authorization: `Bearer ${token}` } }),
    deleteRules: (slug: string, token = INTERNAL_TOKEN) =>
      request('DELETE', `/v1/internal/campaigns/${slug}`, { headers: { authorization: `Bearer ${token}` } }),
    /** Every item of the table, straight from DynamoDB. */
    async scan(): Promise<Record<string, unknown>[]> {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }));
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return items;
    },
    /** Registration items of one campaign. */
    async registrations(slug: string): Promise<Record<string, unknown>[]> {
      return (await this.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}` && String(item.sk).startsWith('REG#'));
    },
    async dropTable(): Promise<void> {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    },
    async close(): Promise<void> {
      await server.close();
      await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      client.destroy();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;
