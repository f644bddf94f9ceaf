import type { TypeDefinition } from "../type-definition.ts";

export const openapiType: TypeDefinition = {
  type: "openapi",
  title: "OpenAPI definition",
  category: "api",
  description:
    "An OpenAPI document for a serverless API, published by deploy_openapi.py rather than Terraform.",
  fields: {},
  references: [],
  runtimeOutputs: ["source", "definition"],
  runtimePublishing: "component",
  notes:
    'The runtime holds {"source": "s3://..." | "/ssm/path" | "inline", "definition"?}; a serverless-api with the same nickname reads it.',
};
