import { withCommonFields } from "../common-fields.ts";
import { parseTypeDefinition } from "../read-type-definition.ts";
import type { TypeDefinition } from "../type-definition.ts";
import clickhouse from "./clickhouse.json" with { type: "json" };
import cognitoSso from "./cognito-sso.json" with { type: "json" };
import ecsCluster from "./ecs-cluster.json" with { type: "json" };
import ecsService from "./ecs-service.json" with { type: "json" };
import emailForwarding from "./email-forwarding.json" with { type: "json" };
import grafana from "./grafana.json" with { type: "json" };
import lambda from "./lambda.json" with { type: "json" };
import openapi from "./openapi.json" with { type: "json" };
import route53Zone from "./route53-zone.json" with { type: "json" };
import s3Bucket from "./s3-bucket.json" with { type: "json" };
import serverlessApi from "./serverless-api.json" with { type: "json" };
import serverlessSite from "./serverless-site.json" with { type: "json" };
import vpc from "./vpc.json" with { type: "json" };

/**
 * The public AWS component set in palette order, keyed by the type each file name promises:
 * files in the format of a repository's `.karma/types/<type>.json`, bundled rather than read.
 */
const builtinFiles: Readonly<Record<string, unknown>> = {
  vpc,
  "s3-bucket": s3Bucket,
  "route53-zone": route53Zone,
  "serverless-site": serverlessSite,
  "serverless-api": serverlessApi,
  lambda,
  "ecs-cluster": ecsCluster,
  "ecs-service": ecsService,
  "cognito-sso": cognitoSso,
  clickhouse,
  grafana,
  openapi,
  "email-forwarding": emailForwarding,
};

/** The built-in types, read as custom types are and with the keys every type reads. */
export function readBuiltinTypes(): TypeDefinition[] {
  return Object.entries(builtinFiles).map(([type, value]) => readBuiltinType(type, value));
}

/** A built-in file that does not read is a bug in Karma: it throws rather than drop the type. */
export function readBuiltinType(type: string, value: unknown): TypeDefinition {
  const file = `builtin/${type}.json`;
  const { definition, problems } = parseTypeDefinition(file, value, type);
  if (!definition) {
    const messages = problems.map((problem) => problem.message).join("; ");
    throw new Error(`built-in type definition ${file} is invalid: ${messages}`);
  }
  return withCommonFields(definition);
}
