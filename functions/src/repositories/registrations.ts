import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RegistrationRecord } from '../lib/registration.ts';
import { campaignPartition, isConditionFailure } from './keys.ts';

export type CreateRegistrationResult = 'created' | 'already-registered';

/** Registrations: item `CAMPAIGN#<slug>` / `REG#<phoneHash>`, one per phone and campaign. */
export function registrationsRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    /**
     * One conditional put: the key is campaign + phone hash, so a second registration of the same
     * phone fails the condition even when both requests race.
     */
    async create(record: RegistrationRecord): Promise<CreateRegistrationResult> {
      const { campaign, phoneHash, ...attributes } = record;
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { pk: campaignPartition(campaign), sk: `REG#${phoneHash}`, entity: 'registration', campaign, ...attributes },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return 'created';
      } catch (error) {
        if (isConditionFailure(error)) return 'already-registered';
        throw error;
      }
    },
  };
}
