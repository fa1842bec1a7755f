// Key builders shared by the repositories; the shapes are documented beside the table in lib/tables.ts.

export const campaignPartition = (slug: string): string => `CAMPAIGN#${slug}`;

/** DynamoDB reports a failed ConditionExpression with this error name. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
