import { withCommonFields } from "../common-fields.ts";
import type { TypeDefinition } from "../type-definition.ts";
import { clickhouseType } from "./clickhouse.ts";
import { cognitoSsoType } from "./cognito-sso.ts";
import { ecsClusterType } from "./ecs-cluster.ts";
import { ecsServiceType } from "./ecs-service.ts";
import { emailForwardingType } from "./email-forwarding.ts";
import { grafanaType } from "./grafana.ts";
import { lambdaType } from "./lambda.ts";
import { openapiType } from "./openapi.ts";
import { route53ZoneType } from "./route53-zone.ts";
import { s3BucketType } from "./s3-bucket.ts";
import { serverlessApiType } from "./serverless-api.ts";
import { serverlessSiteType } from "./serverless-site.ts";
import { vpcType } from "./vpc.ts";

/** The public AWS component set (catalog/README.md), with the keys every type reads. */
export const builtinTypes: readonly TypeDefinition[] = [
  vpcType,
  s3BucketType,
  route53ZoneType,
  serverlessSiteType,
  serverlessApiType,
  lambdaType,
  ecsClusterType,
  ecsServiceType,
  cognitoSsoType,
  clickhouseType,
  grafanaType,
  openapiType,
  emailForwardingType,
].map(withCommonFields);
