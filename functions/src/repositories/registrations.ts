import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RegistrationRecord } from '../lib/registration.ts';
import { campaignPartition, registrationCountKey, registrationSortKey, rulesKey } from './keys.ts';
import { conditionFailed, transactWrite } from './transactions.ts';

export type CreateRegistrationResult =
  | 'created'
  | 'already-registered'
  /** Every place of the campaign's capacity is taken. */
  | 'full'
  /** The rules changed (or were deleted) since they were read; read them again and retry. */
  | 'rules-changed';

/** What a registration was decided against: the revision of the rules read, and their capacity. */
export interface RegistrationRules {
  revision: number;
  /** null: unlimited. */
  capacity: number | null;
}

// The order of the items in the transaction, which is also the order of its cancellation reasons.
const REGISTRATION = 0;
const COUNTER = 1;
const RULES = 2;

/**
 * Registrations: item `CAMPAIGN#<slug>` / `REG#<phoneHash>`, one per phone and campaign, and the
 * campaign's counter `CAMPAIGN#<slug>` / `COUNT#REGISTRATIONS` (`confirmed`).
 */
export function registrationsRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    /**
     * One transaction: the conditional put of the registration (keyed by campaign + phone hash, so a
     * second registration of one phone fails even when both requests race), the counter's increment
     * (refused once `confirmed` reaches the capacity) and a check that the rules are still the revision
     * the capacity came from. So the counter always equals the registrations, and a capacity lowered
     * concurrently can never be overshot.
     */
    async create(record: RegistrationRecord, rules: RegistrationRules): Promise<CreateRegistrationResult> {
      const { campaign, phoneHash, ...attributes } = record;
      const result = await transactWrite(doc, {
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: { pk: campaignPartition(campaign), sk: registrationSortKey(phoneHash), entity: 'registration', campaign, ...attributes },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: registrationCountKey(campaign),
              UpdateExpression: 'SET #entity = :entity ADD #confirmed :one',
              ExpressionAttributeNames: { '#entity': 'entity', '#confirmed': 'confirmed' },
              ExpressionAttributeValues: {
                ':entity': 'registration-count',
                ':one': 1,
                ...(rules.capacity === null ? {} : { ':capacity': rules.capacity }),
              },
              ...(rules.capacity === null ? {} : { ConditionExpression: 'attribute_not_exists(#confirmed) OR #confirmed < :capacity' }),
            },
          },
          {
            ConditionCheck: {
              TableName: tableName,
              Key: rulesKey(campaign),
              // Snapshots saved before revisions existed have none: that is revision 0.
              ExpressionAttributeNames: { '#revision': 'revision' },
              ...(rules.revision === 0
                ? { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#revision)' }
                : { ConditionExpression: '#revision = :revision', ExpressionAttributeValues: { ':revision': rules.revision } }),
            },
          },
        ],
      });
      if (result.committed) return 'created';
      // A capacity checked against outdated rules decides nothing: retry with the current ones first.
      if (conditionFailed(result.reasons, RULES)) return 'rules-changed';
      if (conditionFailed(result.reasons, REGISTRATION)) return 'already-registered';
      if (conditionFailed(result.reasons, COUNTER)) return 'full';
      throw new Error(`Registration cancelled for an unexpected reason: ${result.reasons.map((r) => r.code).join(', ')}`);
    },
  };
}
