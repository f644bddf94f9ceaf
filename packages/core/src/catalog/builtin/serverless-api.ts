import type { TypeDefinition } from "../type-definition.ts";

export const serverlessApiType: TypeDefinition = {
  type: "serverless-api",
  title: "Serverless API",
  category: "api",
  description:
    "An API Gateway HTTP API built from an OpenAPI definition whose operations call Lambda functions.",
  fields: {
    api_name: { type: "string", required: true, description: "Name of the API." },
    stage_name: { type: "string", description: "Name of the deployment stage.", default: "v1" },
    openapi: {
      type: "string",
      description:
        "Nickname of the openapi definition. The deploy scripts use the API's own nickname, so keep them equal.",
      defaultExpression: "the API's own nickname",
    },
    enable_custom_domain: {
      type: "boolean",
      description: "Serve the API on domain_name with a certificate validated in the zone.",
      default: false,
    },
    domain_name: { type: "string", description: "Custom host name of the API." },
    route53_zone_name: {
      type: "string",
      description: "DNS name of the Route 53 zone that holds the API's records.",
    },
  },
  references: [
    {
      kind: "name-match",
      key: "route53_zone_name",
      target: "route53-zone",
      targetField: "zone_name",
      compare: "dns",
      description: "The hosted zone is looked up by DNS name, not by nickname.",
    },
    {
      kind: "nickname",
      key: "openapi",
      target: "openapi",
      defaultToOwnNickname: true,
      uses: ["source", "definition"],
      description: "The OpenAPI definition published at <prefix>/openapi/<nickname>/runtime.",
    },
  ],
  runtimeOutputs: ["api_id", "api_endpoint", "stage_name", "custom_domain"],
  runtimePublishing: "component",
  notes:
    "Each OpenAPI operation names a Lambda function (x-lambda-nickname) whose runtime arn the API reads at deploy time.",
};
