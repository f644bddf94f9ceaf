import type { TypeDefinition } from "../type-definition.ts";

export const ecsServiceType: TypeDefinition = {
  type: "ecs-service",
  title: "ECS service",
  category: "compute",
  description:
    "A Fargate service running one container, optionally behind a load balancer target group.",
  fields: {
    cluster_nickname: {
      type: "string",
      description: "Nickname of the ECS cluster the service runs on.",
    },
    vpc_nickname: { type: "string", description: "Nickname of the VPC the tasks run in." },
    service_name: {
      type: "string",
      description: "Name of the service.",
      defaultExpression: "svc-<nickname>",
    },
    desired_count: {
      type: "integer",
      minimum: 0,
      description: "Number of tasks to keep running.",
      default: 1,
    },
    cpu: {
      type: "integer",
      minimum: 1,
      description: "Task CPU units (1024 = 1 vCPU).",
      default: 256,
    },
    memory: { type: "integer", minimum: 1, description: "Task memory in MiB.", default: 512 },
    platform_version: {
      type: "string",
      description: "Fargate platform version.",
      default: "LATEST",
    },
    assign_public_ip: {
      type: "boolean",
      description: "Give tasks a public IP address.",
      default: false,
    },
    container: {
      type: "object",
      description: "The service's container.",
      default: {},
      fields: {
        name: { type: "string", description: "Name of the container.", default: "app" },
        image: { type: "string", description: "Container image, such as nginx:latest." },
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          description: "Port the container listens on.",
        },
        environment: {
          type: "list",
          description: "Environment variables.",
          default: [],
          items: {
            type: "object",
            fields: {
              name: { type: "string", required: true, description: "Variable name." },
              value: { type: "string", required: true, description: "Variable value." },
            },
          },
        },
        secrets: {
          type: "list",
          description: "Environment variables read from Secrets Manager or SSM.",
          default: [],
          items: {
            type: "object",
            fields: {
              name: { type: "string", required: true, description: "Variable name." },
              valueFrom: {
                type: "string",
                required: true,
                description: "ARN of the secret or parameter.",
              },
            },
          },
        },
        log_group_retention_days: {
          type: "integer",
          minimum: 0,
          description: "Days to keep the container's logs.",
          default: 14,
        },
      },
    },
    load_balancer: {
      type: "object",
      description: "Load balancer registration.",
      default: {},
      fields: {
        target_group_arn: {
          type: "string",
          description: "Target group to register the container port with.",
        },
      },
    },
    security_groups: {
      type: "list",
      items: { type: "string" },
      description: "Security groups of the tasks.",
      defaultExpression: "the VPC's default security group",
    },
  },
  references: [
    {
      kind: "nickname",
      key: "cluster_nickname",
      target: "ecs-cluster",
      uses: ["cluster_arn"],
    },
    {
      kind: "nickname",
      key: "vpc_nickname",
      target: "vpc",
      uses: ["vpc_id", "private_subnet_ids", "public_subnet_ids", "default_security_group_id"],
      description:
        "The component reads default_security_group_id, which the vpc runtime publishes as default_sg_id.",
    },
  ],
  runtimeOutputs: [
    "service_name",
    "service_arn",
    "task_definition_arn",
    "cluster_arn",
    "container_name",
    "container_port",
    "log_group_name",
    "target_group_arn",
    "vpc_id",
    "subnets",
    "security_groups",
    "config_path",
  ],
  runtimePublishing: "component",
  notes:
    "The published main.tf refers to locals and data sources it does not define, so it does not validate as committed.",
};
