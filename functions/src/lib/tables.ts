import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/**
 * The participation table: one table for every entity of the participation API (single-table design),
 * string keys `pk` + `sk`, on-demand billing, items expire through the `expiresAt` TTL attribute
 * (epoch seconds).
 *
 * Item shapes (the repositories in `src/repositories/` are the only code that builds these keys):
 *
 * | entity             | pk                  | sk                    | written by                          |
 * | ------------------ | ------------------- | --------------------- | ----------------------------------- |
 * | campaign rules     | `CAMPAIGN#<slug>`   | `RULES`               | repositories/campaign-rules.ts      |
 * | registration       | `CAMPAIGN#<slug>`   | `REG#<phoneHash>`     | repositories/registrations.ts       |
 * | registration count | `CAMPAIGN#<slug>`   | `COUNT#REGISTRATIONS` | repositories/registrations.ts       |
 * | health probe       | `HEALTH`            | `PROBE`               | repositories/health.ts (read only)  |
 * | one-time code      | `OTP#<phoneHash>`   | `CHALLENGE`           | repositories/otp-challenges.ts      |
 * | sends per number   | `OTP#<phoneHash>`   | `RATE#3600#<start>`   | repositories/otp-challenges.ts      |
 * | sends per client   | `OTPCLIENT#<ipHash>`| `RATE#3600#<start>`   | repositories/otp-challenges.ts      |
 *
 * `<phoneHash>` is the hex HMAC-SHA256 of the normalized phone number keyed with PHONE_HASH_KEY
 * (lib/phone-hash.ts), so a key never reveals a number; `<ipHash>` is the same HMAC of the client's
 * source address, which is personal data too.
 *
 * The one-time code item holds the code only as an HMAC (`codeHash`), `attemptsLeft` (decremented by a
 * conditional update per try, so parallel guesses cannot exceed the limit), `resendAfterMs` (the per-number
 * 60 s cooldown: a new code replaces the item only once it has passed) and `expiresAt`, which is both
 * the code's expiry and its TTL. The send counters hold `count` for the fixed window starting at `<start>`
 * (epoch seconds), raised by a conditional update below the limit, and expire with their window.
 *
 * The rules item holds the snapshot (`rules`), `updatedAtMs` and `revision`, raised by every save so a
 * registration can check in its transaction that the rules it read are still current. The registration
 * count holds `confirmed`, raised in the same transaction as each registration's put (so the two never
 * disagree) and checked against the capacity there and by every rules save; a waitlist will add
 * `waitlisted` beside it. It has no TTL: it holds no personal data, and expiring before the registrations
 * it counts would let a campaign overshoot its capacity. Votes and quotas will join the same table
 * under the same campaign partition (`VOTE#…`, `QUOTA#…`).
 */
export const participationTableKeys = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
} as const;

/**
 * Creates the participation table (and turns TTL on) if it does not exist yet. Local and test use only:
 * in AWS the CDK app owns the table. Safe to call on every start.
 */
export async function createTables(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey, timeToLiveAttribute } = participationTableKeys;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
          { AttributeName: sortKey.name, AttributeType: sortKey.type },
        ],
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: sortKey.name, KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      }),
    );
  }
}
