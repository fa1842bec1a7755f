import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConsentRecord, RegistrationStatus } from '@union/schemas';
import type { SealedFields } from '../lib/data-keys.ts';
import type { RegistrationRecord } from '../lib/registration.ts';
import {
  cancelRateKey,
  campaignPartition,
  participantIndexPartition,
  REGISTRATION_SORT_PREFIX,
  registrationCodeKey,
  registrationCountKey,
  registrationIndexSortKey,
  registrationKey,
  rulesKey,
  WAITLIST_SORT_PREFIX,
  waitlistEntryKey,
  waitlistSortKey,
  waitlistTicketKey,
} from './keys.ts';
import { conditionFailed, transactWrite } from './transactions.ts';

export type CreateRegistrationResult =
  | { outcome: 'confirmed' }
  /** `position`: 1 for the first in line, counted when the answer is given. */
  | { outcome: 'waitlisted'; position: number }
  | { outcome: 'already-registered' }
  /** Every place of the capacity is taken, and so is every place of the waitlist (or there is none). */
  | { outcome: 'full' }
  /** The rules changed (or were deleted) since they were read; read them again and retry. */
  | { outcome: 'rules-changed' };

/** What a registration was decided against: the revision of the rules read, their capacity and waitlist. */
export interface RegistrationRules {
  revision: number;
  /** null: unlimited. */
  capacity: number | null;
  /** null: unlimited; 0: no waitlist. */
  waitlistCapacity: number | null;
}

/** A registration as stored (personal fields still sealed). */
export interface StoredRegistration {
  campaign: string;
  phoneHash: string;
  status: RegistrationStatus;
  personal: SealedFields;
  phoneMasked: string;
  consents: ConsentRecord[];
  confirmationCode: string;
  registeredAt: string;
  expiresAt: number;
  waitlistTicket?: number;
  promotedAt?: string;
  cancelledAt?: string;
  checkedInAt?: string;
  checkedInBy?: string;
}

export type CancelResult = 'cancelled' | 'already-cancelled' | 'not-found' | 'checked-in';
export type CheckInResult =
  | { outcome: 'checked-in'; registration: StoredRegistration }
  | { outcome: 'not-found' }
  | { outcome: 'already-checked-in' | 'waitlisted' | 'cancelled'; registration: StoredRegistration };

/** Transactions of a cancellation race each other for the same first waitlisted person; a loser reads again. */
const MAX_CANCEL_ATTEMPTS = 25;
/** A place freed between a "full" answer and the waitlist transaction sends the registration back to take it. */
const MAX_CREATE_ATTEMPTS = 5;

function toStored(item: Record<string, unknown>): StoredRegistration {
  const { pk: _pk, sk, entity: _entity, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return { ...(rest as Omit<StoredRegistration, 'phoneHash'>), phoneHash: String(sk).slice(REGISTRATION_SORT_PREFIX.length) };
}

/**
 * Registrations of a campaign, all in its partition `CAMPAIGN#<slug>` (shapes in lib/tables.ts):
 * `REG#<phoneHash>` (one per phone), `CODE#<code>` (finds a registration by its confirmation code),
 * `WAIT#<ticket>` (the waitlist, in order), `COUNT#REGISTRATIONS` (`confirmed`, `waitlisted`) and
 * `COUNT#WAITLIST` (`issued`: the last waitlist ticket).
 */
export function registrationsRepository(doc: DynamoDBDocumentClient, tableName: string) {
  const rulesCheck = (campaign: string, revision: number) => ({
    ConditionCheck: {
      TableName: tableName,
      Key: rulesKey(campaign),
      // Snapshots saved before revisions existed have none: that is revision 0.
      ExpressionAttributeNames: { '#revision': 'revision' },
      ...(revision === 0
        ? { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#revision)' }
        : { ConditionExpression: '#revision = :revision', ExpressionAttributeValues: { ':revision': revision } }),
    },
  });

  function registrationPut(record: RegistrationRecord, status: 'confirmed' | 'waitlisted', ticket?: number) {
    const { campaign, phoneHash, ...attributes } = record;
    return {
      Put: {
        TableName: tableName,
        Item: {
          ...registrationKey(campaign, phoneHash),
          entity: 'registration',
          campaign,
          status,
          ...attributes,
          ...(ticket === undefined ? {} : { waitlistTicket: ticket }),
          gsi1pk: participantIndexPartition(phoneHash),
          gsi1sk: registrationIndexSortKey(campaign),
        },
        // A cancelled registration frees the phone: a new one replaces it.
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :cancelled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled' },
      },
    };
  }

  function codePut(record: RegistrationRecord) {
    return {
      Put: {
        TableName: tableName,
        Item: {
          ...registrationCodeKey(record.campaign, record.confirmationCode),
          entity: 'registration-code',
          phoneHash: record.phoneHash,
          expiresAt: record.expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  async function get(campaign: string, phoneHash: string): Promise<StoredRegistration | undefined> {
    const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: registrationKey(campaign, phoneHash), ConsistentRead: true }));
    return Item ? toStored(Item) : undefined;
  }

  /** The first waitlist entry, read consistently: the person a freed place goes to. */
  async function firstWaiting(campaign: string): Promise<{ ticket: number; phoneHash: string } | undefined> {
    const { Items } = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': campaignPartition(campaign), ':prefix': WAITLIST_SORT_PREFIX },
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    const item = Items?.[0];
    return item ? { ticket: Number(item.ticket), phoneHash: String(item.phoneHash) } : undefined;
  }

  /** 1 + the entries ahead of `ticket` in the waitlist. */
  async function position(campaign: string, ticket: number): Promise<number> {
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :mine',
          ExpressionAttributeValues: { ':pk': campaignPartition(campaign), ':first': waitlistSortKey(0), ':mine': waitlistSortKey(ticket) },
          ConsistentRead: true,
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return count;
  }

  /**
   * A waitlist entry whose registration is gone (the TTL deletes items one by one, in no set order)
   * would block every promotion behind it: it goes, with the count it stood for.
   */
  async function dropOrphanedEntry(campaign: string, promotion: NonNullable<Parameters<typeof transactWrite>[1]['TransactItems']>) {
    const entryKey = promotion[0]?.Delete?.Key;
    const registrationKeyOfEntry = promotion[1]?.Update?.Key;
    if (!entryKey || !registrationKeyOfEntry) return;
    await transactWrite(doc, {
      TransactItems: [
        { Delete: { TableName: tableName, Key: entryKey, ConditionExpression: 'attribute_exists(pk)' } },
        { ConditionCheck: { TableName: tableName, Key: registrationKeyOfEntry, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName: tableName,
            Key: registrationCountKey(campaign),
            UpdateExpression: 'ADD #waitlisted :minus',
            ExpressionAttributeNames: { '#waitlisted': 'waitlisted' },
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
      ],
    });
  }

  /**
   * The end of a registration: cancelled in place (`remove` false) or deleted with its code lookup
   * (`remove` true, erasure on request). A confirmed registration's place goes to the first waitlisted
   * person in the same transaction, so `confirmed` never exceeds the capacity, and a place is handed on
   * exactly once: the waitlist entry's conditional delete lets only one of racing cancellations take
   * the same person.
   */
  async function end(
    campaign: string,
    phoneHash: string,
    { code, remove, now }: { code?: string; remove: boolean; now: Date },
  ): Promise<CancelResult> {
    const at = now.toISOString();
    for (let attempt = 1; attempt <= MAX_CANCEL_ATTEMPTS; attempt += 1) {
      const current = await get(campaign, phoneHash);
      if (!current || (code !== undefined && current.confirmationCode !== code)) return 'not-found';
      if (!remove && current.status === 'cancelled') return 'already-cancelled';
      if (!remove && current.checkedInAt) return 'checked-in';

      const key = registrationKey(campaign, phoneHash);
      // The registration as it was read: same status and code, so a change in between retries.
      const registrationItem = remove
        ? {
            Delete: {
              TableName: tableName,
              Key: key,
              ConditionExpression: '#status = :status AND #code = :code',
              ExpressionAttributeNames: { '#status': 'status', '#code': 'confirmationCode' },
              ExpressionAttributeValues: { ':status': current.status, ':code': current.confirmationCode },
            },
          }
        : {
            Update: {
              TableName: tableName,
              Key: key,
              UpdateExpression: 'SET #status = :cancelled, #cancelledAt = :at REMOVE #ticket',
              ConditionExpression: '#status = :status AND #code = :code AND attribute_not_exists(#checkedInAt)',
              ExpressionAttributeNames: {
                '#status': 'status',
                '#code': 'confirmationCode',
                '#cancelledAt': 'cancelledAt',
                '#ticket': 'waitlistTicket',
                '#checkedInAt': 'checkedInAt',
              },
              ExpressionAttributeValues: { ':status': current.status, ':code': current.confirmationCode, ':cancelled': 'cancelled', ':at': at },
            },
          };
      const codeDelete = remove
        ? [{ Delete: { TableName: tableName, Key: registrationCodeKey(campaign, current.confirmationCode) } }]
        : [];

      let rest: NonNullable<Parameters<typeof transactWrite>[1]['TransactItems']>;
      if (current.status === 'cancelled') {
        rest = [];
      } else if (current.status === 'waitlisted') {
        rest = [
          { Delete: { TableName: tableName, Key: waitlistEntryKey(campaign, Number(current.waitlistTicket)) } },
          {
            Update: {
              TableName: tableName,
              Key: registrationCountKey(campaign),
              UpdateExpression: 'ADD #waitlisted :minus',
              ExpressionAttributeNames: { '#waitlisted': 'waitlisted' },
              ExpressionAttributeValues: { ':minus': -1 },
            },
          },
        ];
      } else {
        const next = await firstWaiting(campaign);
        rest = next
          ? [
              {
                Delete: {
                  TableName: tableName,
                  Key: waitlistEntryKey(campaign, next.ticket),
                  ConditionExpression: 'attribute_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: registrationKey(campaign, next.phoneHash),
                  UpdateExpression: 'SET #status = :confirmed, #promotedAt = :at REMOVE #ticket',
                  ConditionExpression: '#status = :waitlisted AND #ticket = :ticket',
                  ExpressionAttributeNames: { '#status': 'status', '#promotedAt': 'promotedAt', '#ticket': 'waitlistTicket' },
                  ExpressionAttributeValues: { ':confirmed': 'confirmed', ':waitlisted': 'waitlisted', ':at': at, ':ticket': next.ticket },
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: registrationCountKey(campaign),
                  UpdateExpression: 'ADD #waitlisted :minus',
                  ExpressionAttributeNames: { '#waitlisted': 'waitlisted' },
                  ExpressionAttributeValues: { ':minus': -1 },
                },
              },
            ]
          : [
              {
                Update: {
                  TableName: tableName,
                  Key: registrationCountKey(campaign),
                  UpdateExpression: 'ADD #confirmed :minus',
                  // Someone joined the waitlist since it was read empty: the place is theirs, read again.
                  ConditionExpression: 'attribute_not_exists(#waitlisted) OR #waitlisted = :zero',
                  ExpressionAttributeNames: { '#confirmed': 'confirmed', '#waitlisted': 'waitlisted' },
                  ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
                },
              },
            ];
      }
      const result = await transactWrite(doc, { TransactItems: [registrationItem, ...codeDelete, ...rest] });
      if (result.committed) return 'cancelled';
      const promoted = 1 + codeDelete.length + 1;
      if (current.status === 'confirmed' && rest.length === 3 && conditionFailed(result.reasons, promoted)) {
        await dropOrphanedEntry(campaign, rest);
      }
    }
    throw new Error(`Registration could not be ended in ${MAX_CANCEL_ATTEMPTS} attempts`);
  }

  return {
    get,
    position,

    /**
     * Counts one self-service cancellation try of a phone in the current fixed window, refused (false)
     * once `limit` tries were counted: a conditional increment, so parallel guesses cannot exceed it.
     */
    async takeCancelTry(phoneHash: string, { now, limit, windowSeconds }: { now: Date; limit: number; windowSeconds: number }): Promise<boolean> {
      const nowSeconds = Math.floor(now.getTime() / 1000);
      const windowStart = nowSeconds - (nowSeconds % windowSeconds);
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: cancelRateKey(phoneHash, windowSeconds, windowStart),
            UpdateExpression: 'SET #entity = :entity, #expiresAt = :expiresAt ADD #count :one',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
            ExpressionAttributeNames: { '#entity': 'entity', '#expiresAt': 'expiresAt', '#count': 'count' },
            ExpressionAttributeValues: { ':entity': 'cancel-rate', ':expiresAt': windowStart + windowSeconds, ':one': 1, ':limit': limit },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },

    /**
     * Registers a phone: as confirmed while places are left, else as waitlisted while the waitlist has
     * room. Each is one transaction: the conditional put of the registration (keyed by campaign + phone
     * hash, so a second registration of one phone fails even when both requests race), the put of its
     * code lookup, the counter's increment (refused once `confirmed` reaches the capacity, or for the
     * waitlist, while places are free or the waitlist is full) and a check that the rules are still the
     * revision the capacity came from. A waitlisted registration first takes a ticket (an atomic
     * counter of its own): tickets order the waitlist exactly, whatever order the transactions commit in.
     */
    async create(record: RegistrationRecord, rules: RegistrationRules): Promise<CreateRegistrationResult> {
      const { campaign } = record;
      // Items in this order in both transactions; the cancellation reasons come in the same order.
      const [REGISTRATION, CODE, COUNTER, RULES] = [0, 1, 2, 3];
      for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt += 1) {
        const { capacity } = rules;
        const confirmed = await transactWrite(doc, {
          TransactItems: [
            registrationPut(record, 'confirmed'),
            codePut(record),
            {
              Update: {
                TableName: tableName,
                Key: registrationCountKey(campaign),
                UpdateExpression: 'SET #entity = :entity ADD #confirmed :one',
                ExpressionAttributeNames: { '#entity': 'entity', '#confirmed': 'confirmed' },
                ExpressionAttributeValues: { ':entity': 'registration-count', ':one': 1, ...(capacity === null ? {} : { ':capacity': capacity }) },
                ...(capacity === null ? {} : { ConditionExpression: 'attribute_not_exists(#confirmed) OR #confirmed < :capacity' }),
              },
            },
            rulesCheck(campaign, rules.revision),
          ],
        });
        if (confirmed.committed) return { outcome: 'confirmed' };
        // A capacity checked against outdated rules decides nothing: retry with the current ones first.
        if (conditionFailed(confirmed.reasons, RULES)) return { outcome: 'rules-changed' };
        if (conditionFailed(confirmed.reasons, REGISTRATION)) return { outcome: 'already-registered' };
        if (conditionFailed(confirmed.reasons, CODE)) throw new CodeTakenError();
        if (!conditionFailed(confirmed.reasons, COUNTER) || capacity === null) {
          throw new Error(`Registration cancelled for an unexpected reason: ${confirmed.reasons.map((r) => r.code).join(', ')}`);
        }
        if (rules.waitlistCapacity === 0) return { outcome: 'full' };

        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: waitlistTicketKey(campaign),
            UpdateExpression: 'SET #entity = :entity ADD #issued :one',
            ExpressionAttributeNames: { '#entity': 'entity', '#issued': 'issued' },
            ExpressionAttributeValues: { ':entity': 'waitlist-tickets', ':one': 1 },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        const ticket = Number(Attributes?.issued);
        const limit = rules.waitlistCapacity;
        const waitlisted = await transactWrite(doc, {
          TransactItems: [
            registrationPut(record, 'waitlisted', ticket),
            codePut(record),
            {
              Update: {
                TableName: tableName,
                Key: registrationCountKey(campaign),
                UpdateExpression: 'ADD #waitlisted :one',
                // Only while every place is taken (a place freed meanwhile is taken directly, above).
                ConditionExpression:
                  limit === null
                    ? '#confirmed >= :capacity'
                    : '#confirmed >= :capacity AND (attribute_not_exists(#waitlisted) OR #waitlisted < :limit)',
                ExpressionAttributeNames: { '#confirmed': 'confirmed', '#waitlisted': 'waitlisted' },
                ExpressionAttributeValues: { ':one': 1, ':capacity': capacity, ...(limit === null ? {} : { ':limit': limit }) },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            rulesCheck(campaign, rules.revision),
            {
              Put: {
                TableName: tableName,
                Item: { ...waitlistEntryKey(campaign, ticket), entity: 'waitlist-entry', ticket, phoneHash: record.phoneHash, expiresAt: record.expiresAt },
              },
            },
          ],
        });
        if (waitlisted.committed) return { outcome: 'waitlisted', position: await position(campaign, ticket) };
        if (conditionFailed(waitlisted.reasons, RULES)) return { outcome: 'rules-changed' };
        if (conditionFailed(waitlisted.reasons, REGISTRATION)) return { outcome: 'already-registered' };
        if (conditionFailed(waitlisted.reasons, CODE)) throw new CodeTakenError();
        const counter = waitlisted.reasons[COUNTER]?.item;
        if (Number(counter?.confirmed ?? 0) >= capacity) return { outcome: 'full' };
        // A place was freed (a cancellation with nobody waiting): take it.
      }
      throw new Error(`Registration neither confirmed nor waitlisted in ${MAX_CREATE_ATTEMPTS} attempts`);
    },

    /** The registration a confirmation code belongs to, through the code lookup; undefined for an unknown or replaced code. */
    async findByCode(campaign: string, code: string): Promise<StoredRegistration | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: registrationCodeKey(campaign, code), ConsistentRead: true }));
      if (!Item) return undefined;
      const registration = await get(campaign, String(Item.phoneHash));
      // A cancelled registration replaced by a new one leaves its old code behind: that code finds nothing.
      return registration?.confirmationCode === code ? registration : undefined;
    },

    /** Self-service cancellation (with the code) or cancellation for the person (without). */
    cancel: (campaign: string, phoneHash: string, options: { code?: string; now: Date }) => end(campaign, phoneHash, { ...options, remove: false }),

    /** Erasure on request: the registration and its code lookup are deleted; a confirmed one's place goes to the waitlist first. */
    remove: (campaign: string, phoneHash: string, now: Date) => end(campaign, phoneHash, { remove: true, now }),

    /** Marks a confirmed registration checked in, once; tells why not otherwise. */
    async checkIn(campaign: string, code: string, { by, now }: { by: string; now: Date }): Promise<CheckInResult> {
      const registration = await this.findByCode(campaign, code);
      if (!registration) return { outcome: 'not-found' };
      try {
        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: registrationKey(campaign, registration.phoneHash),
            UpdateExpression: 'SET #checkedInAt = :at, #checkedInBy = :by',
            ConditionExpression: '#status = :confirmed AND #code = :code AND attribute_not_exists(#checkedInAt)',
            ExpressionAttributeNames: { '#checkedInAt': 'checkedInAt', '#checkedInBy': 'checkedInBy', '#status': 'status', '#code': 'confirmationCode' },
            ExpressionAttributeValues: { ':at': now.toISOString(), ':by': by, ':confirmed': 'confirmed', ':code': code },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return { outcome: 'checked-in', registration: toStored(Attributes ?? {}) };
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'ConditionalCheckFailedException') throw error;
      }
      const now_ = await get(campaign, registration.phoneHash);
      if (!now_ || now_.confirmationCode !== code) return { outcome: 'not-found' };
      if (now_.status === 'cancelled') return { outcome: 'cancelled', registration: now_ };
      if (now_.status === 'waitlisted') return { outcome: 'waitlisted', registration: now_ };
      return { outcome: 'already-checked-in', registration: now_ };
    },

    /** One page of a campaign's registrations in sort-key order; `after` is the last sort key of the page before. */
    async page(campaign: string, { limit, after }: { limit: number; after?: string }) {
      const { Items, LastEvaluatedKey } = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': campaignPartition(campaign), ':prefix': REGISTRATION_SORT_PREFIX },
          Limit: limit,
          ...(after ? { ExclusiveStartKey: { pk: campaignPartition(campaign), sk: after } } : {}),
        }),
      );
      return { registrations: (Items ?? []).map(toStored), last: LastEvaluatedKey ? String(LastEvaluatedKey.sk) : undefined };
    },

    /** The waitlist tickets in order: a ticket's index + 1 is its position. */
    async waitlistTickets(campaign: string): Promise<number[]> {
      const tickets: number[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': campaignPartition(campaign), ':prefix': WAITLIST_SORT_PREFIX },
            ProjectionExpression: 'ticket',
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        tickets.push(...(page.Items ?? []).map((item) => Number(item.ticket)));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return tickets;
    },
  };
}

/** Two registrations drew the same confirmation code (about 1 in 10^12): the caller draws a new one and retries. */
export class CodeTakenError extends Error {
  constructor() {
    super('Confirmation code already taken');
    this.name = 'CodeTakenError';
  }
}

export type RegistrationsRepository = ReturnType<typeof registrationsRepository>;
