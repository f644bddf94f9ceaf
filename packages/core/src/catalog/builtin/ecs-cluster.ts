import type { TypeDefinition } from "../type-definition.ts";

export const ecsClusterType: TypeDefinition = {
  type: "ecs-cluster",
  title: "ECS cluster",
  category: "compute",
  description: "An ECS cluster with ECS Exec logging, Container Insights and capacity providers.",
  fields: {
    vpc_nickname: {
      type: "string",
      required: true,
      description: "Nickname of the VPC the cluster runs in.",
    },
    cluster_name: {
      type: "string",
      description: "Name of the cluster.",
      defaultExpression: "ecs-<nickname>",
    },
    enable_execute_command: {
      type: "boolean",
      description: "Configure ECS Exec for the cluster.",
      default: true,
    },
    exec_logging: {
      type: "string",
      enum: ["NONE", "DEFAULT", "OVERRIDE"],
      description: "Where ECS Exec sessions are logged; OVERRIDE logs to the cluster's log group.",
      default: "OVERRIDE",
    },
    create_log_group: {
      type: "boolean",
      description: "Create the CloudWatch log group for ECS Exec sessions.",
      default: true,
    },
    log_retention_days: {
      type: "integer",
      minimum: 0,
      description: "Days to keep ECS Exec logs.",
      default: 14,
    },
    enable_container_insights: {
      type: "boolean",
      description: "Turn on CloudWatch Container Insights.",
      default: false,
    },
    capacity_providers: {
      type: "list",
      items: { type: "string" },
      description: "Capacity providers of the cluster, such as FARGATE and FARGATE_SPOT.",
      default: [],
    },
    default_capacity_strategy: {
      type: "list",
      description: "Default capacity provider strategy for services.",
      default: [],
      items: {
        type: "object",
        fields: {
          capacity_provider: {
            type: "string",
            required: true,
            description: "Name of the capacity provider.",
          },
          weight: {
            type: "integer",
            minimum: 0,
            description: "Relative share of tasks on this provider.",
          },
          base: {
            type: "integer",
            minimum: 0,
            description: "Tasks always placed on this provider first.",
          },
        },
      },
    },
  },
  references: [
    {
      kind: "nickname",
      key: "vpc_nickname",
      target: "vpc",
      uses: ["vpc_id", "default_sg_id", "private_subnet_ids"],
    },
  ],
  runtimeOutputs: [
    "cluster_arn",
    "cluster_name",
    "capacity_providers",
    "default_capacity_strategy",
  ],
  runtimePublishing: "component",
};
