import { readFileSync } from 'node:fs';
import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** A fresh App with the feature flags of cdk.json, so tests synthesize what `cdk synth` does. */
export function appWithCdkContext(): App {
  const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return new App({ context: cdkJson.context });
}

/** Runs AwsSolutions over the whole construct tree; acknowledged findings are already filtered out. */
export function nagFindings(scope: IConstruct): { rule: string; severity: string; paths: string[] }[] {
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations.map((v) => ({
    rule: v.ruleName,
    severity: v.severity ?? 'error',
    paths: v.violatingResources.map((r) => r.constructPath ?? '?'),
  }));
}

/** Every `Validations.acknowledge()` under the scope, as rule id → reason. */
export function acknowledgments(scope: IConstruct): { id: string; reason: string }[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
    .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ id, reason })));
}

/** Property names that would pin a physical name on a resource. */
const PHYSICAL_NAME_KEYS = ['BucketName', 'TableName', 'FunctionName', 'LogGroupName', 'RoleName', 'ManagedPolicyName', 'TopicName', 'QueueName'];

/**
 * `Type.Property` of every hard-coded physical name in the template (Secrets Manager's is plain
 * `Name`). A value built from a Ref or GetAtt points at a generated name (a Lambda permission's
 * `FunctionName` is the function's ARN), so only values without one count.
 */
export function physicalNames(template: Template): string[] {
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  const isReference = (value: unknown) => /"(Ref|Fn::GetAtt)"/.test(JSON.stringify(value));
  return Object.values(resources).flatMap(({ Type, Properties = {} }) =>
    Object.entries(Properties)
      .filter(([key]) => PHYSICAL_NAME_KEYS.includes(key) || (Type === 'AWS::SecretsManager::Secret' && key === 'Name'))
      .filter(([, value]) => !isReference(value))
      .map(([key]) => `${Type}.${key}`),
  );
}

/** The logical id CloudFormation knows a construct's default resource by. */
export function logicalId(construct: IConstruct): string {
  const resource = construct.node.defaultChild;
  if (!CfnResource.isCfnResource(resource)) throw new Error(`${construct.node.path} has no CfnResource`);
  return Stack.of(construct).getLogicalId(resource);
}
