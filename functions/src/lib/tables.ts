import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTableCommand,
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
 * | vote               | `VOTE#<receipt>`    | `VOTE`                | repositories/votes.ts               |
 * | vote quota counter | `QUOTA#<phoneHash>` | `<campaign>#<round>#DAY#<day>[#CAND#<candidate>]`, `<campaign>#<round>#ROUND` | repositories/votes.ts |
 * | vote total shard   | `TALLY#<campaign>#<round>#<candidate>` | `SHARD#<0..9>` | repositories/tallies.ts  |
 * | request counter    | `RATE#<action>#participant#<hash>`, `RATE#<action>#client#<ipHash>` | `WINDOW#<seconds>#<start>` | repositories/rate-limits.ts |
 * | votes per minute   | `FLAGRATE#<campaign>#<round>#<candidate>` | `MIN#<YYYY-MM-DDTHH:MM>` | repositories/tallies.ts |
 * | vote flag          | `FLAG#<campaign>`   | `<round>#<candidate>` | repositories/tallies.ts             |
 *
 * Votes: `<receipt>` is derived from the participant and the request's Idempotency-Key (a keyed hash),
 * so a retried request meets its own vote item and returns the first result. A vote is one transaction:
 * the vote's conditional put and the participant's quota counters (each raised only below its limit),
 * all on keys that spread over partitions. The vote item holds `campaign`, `round`, `candidate`, `day`
 * (Asia/Shanghai), `castAt`, `requestHash`, `gsi1pk`/`gsi1sk` (the participant index), later
 * `countedAt` (set by the tally in the same transaction that adds it to a total), `voidedAt`,
 * `voidReason`, `voidedBy` and `voidCountedAt`. Totals are never written per vote: the tally reads the
 * table's stream and adds each batch to one of TALLY_SHARDS counter items per candidate (`accepted`,
 * `voided`), so a results read sums a handful of items. A campaign that does not require verified
 * participants keys an unverified voter's votes and quota counters by `<ipHash>` instead of `<phoneHash>`;
 * such votes carry no `gsi1pk`/`gsi1sk` (there is no person to show them to). Quota counters hold `count`
 * and expire once their Shanghai day is over (round counters 30 days after the round closes, in case an
 * editor extends it); votes expire 180 days after their round closes.
 *
 * Request counters (rate limits, e.g. `<action>` = `vote`) hold `count` for the fixed window starting at
 * `<start>` (epoch seconds), raised by a conditional update below the limit, and expire with their window.
 *
 * Tally (handlers/tally-votes.ts, run by the stream; lib/tally.ts): a batch is planned into chunks of
 * at most 100 items (lib/tally-plan.ts) and each chunk is one transaction that sets `countedAt` on its
 * votes (condition: not set yet) or `voidCountedAt` on its voided votes (condition: voided, not counted
 * yet) and ADDs the chunk's sums to one random shard per candidate (`accepted`, `voided`, plus
 * `updatedAt`, the last add) and, for campaigns with `voting.flagVotesPerMinute`, to the candidates'
 * minute counts (`accepted`, `expiresAt` a day after the minute). A replayed vote fails its condition,
 * so the chunk is planned again without it: each vote is counted once however often the stream brings
 * it. The vote flag holds `round`, `candidate`, `firstFlaggedAt`, `lastFlaggedAt`, `lastRate` (votes
 * in the `minute` that last raised it) and `threshold`; it has no TTL, editors review it.
 * A void (repositories/vote-voids.ts) is one conditional update of the vote: `voidedAt`, `voidReason`,
 * `voidedBy` (an editor's name: never in logs or public answers).
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
 * it counts would let a campaign overshoot its capacity.
 */
export const participationTableKeys = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  /**
   * Everything one participant has (registrations, votes), for 我的参与 and deletion on request:
   * items that belong to a participant carry `gsi1pk` = `PARTICIPANT#<phoneHash>` and a `gsi1sk`
   * naming the item (`REG#<campaign>`, `VOTE#<castAt>#<receipt>`). Keys only: readers fetch the items,
   * and updates of other attributes (tally marks, check-ins) cost the index nothing.
   */
  participantIndex: { name: 'byParticipant', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
  /** The vote tally reads new and old images (an INSERT counts a vote, a MODIFY that voids it counts the void). */
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const;

/**
 * Creates the participation table (with its stream, participant index and TTL) if it does not exist
 * yet, and adds the stream and index to a table made before they existed (a kept `.data/dynamodb`).
 * Local and test use only: in AWS the CDK app owns the table. Safe to call on every start.
 */
export async function createTables(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey, timeToLiveAttribute, participantIndex, streamViewType } = participationTableKeys;
  const indexAttributes = [
    { AttributeName: participantIndex.partitionKey.name, AttributeType: participantIndex.partitionKey.type },
    { AttributeName: participantIndex.sortKey.name, AttributeType: participantIndex.sortKey.type },
  ];
  const index = {
    IndexName: participantIndex.name,
    KeySchema: [
      { AttributeName: participantIndex.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: participantIndex.sortKey.name, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'KEYS_ONLY' as const },
  };
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
          { AttributeName: sortKey.name, AttributeType: sortKey.type },
          ...indexAttributes,
        ],
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [index],
        StreamSpecification: { StreamEnabled: true, StreamViewType: streamViewType },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  const { Table: table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!table?.StreamSpecification?.StreamEnabled) {
    await client.send(
      new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: streamViewType } }),
    );
  }
  if (!table?.GlobalSecondaryIndexes?.some((i) => i.IndexName === participantIndex.name)) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: indexAttributes,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
  }
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
