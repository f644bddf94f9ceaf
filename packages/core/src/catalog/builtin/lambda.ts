import type { TypeDefinition } from "../type-definition.ts";

export const lambdaType: TypeDefinition = {
  type: "lambda",
  title: "Lambda functions",
  category: "compute",
  description:
    "A set of Lambda functions, each with its own role; code is deployed separately by deploy_lambda.py.",
  fields: {
    functions: {
      type: "map",
      description: "The functions by name; each name is also the deployed function's name.",
      default: {},
      values: {
        type: "object",
        fields: {
          runtime: {
            type: "string",
            required: true,
            description: "Lambda runtime identifier, such as python3.12 or nodejs22.x.",
          },
          handler: {
            type: "string",
            required: true,
            description: "Entry point, such as main.handler.",
          },
          memory_size: {
            type: "integer",
            required: true,
            minimum: 128,
            maximum: 10240,
            description: "Memory in MB.",
          },
          timeout: {
            type: "integer",
            required: true,
            minimum: 1,
            maximum: 900,
            description: "Timeout in seconds.",
          },
          src_type: {
            type: "string",
            description: "Type of the component whose runtime the function reads (SRC_TYPE).",
          },
          src_nickname: {
            type: "string",
            description:
              "Nickname of the component whose runtime the function reads (SRC_NICKNAME).",
          },
          vpc_nickname: {
            type: "string",
            description: "Nickname of the VPC to run the function in; none runs it outside a VPC.",
          },
        },
      },
    },
  },
  references: [
    {
      kind: "nickname",
      key: "functions.*.vpc_nickname",
      target: "vpc",
      uses: ["private_subnet_ids", "default_sg_id"],
      description: "The function runs in the VPC's private subnets.",
    },
    {
      kind: "type-nickname",
      typeKey: "functions.*.src_type",
      nicknameKey: "functions.*.src_nickname",
      target: "*",
      description: "The function reads this component's runtime when it runs.",
    },
  ],
  runtimeOutputs: ["function_name", "arn"],
  runtimePublishing: "per-function",
  notes:
    "One runtime parameter per function at <prefix>/lambda/<function name>/runtime, not per nickname. Terraform writes {function_name, placeholder: true}; deploy_lambda.py replaces it with {arn}.",
};
