import type { TypeDefinition } from "../type-definition.ts";

export const clickhouseType: TypeDefinition = {
  type: "clickhouse",
  title: "ClickHouse observability stack",
  category: "data",
  description:
    "ClickHouse on EC2 with Redpanda, MongoDB, Kafka Connect and web consoles behind a Cognito-protected load balancer.",
  fields: {
    vpc_nickname: {
      type: "string",
      required: true,
      description: "Nickname of the VPC the instances run in.",
    },
    s3_bucket_nickname: {
      type: "string",
      required: true,
      description: "Nickname of the S3 bucket that receives backups.",
    },
    s3_bucket_prefix: {
      type: "string",
      required: true,
      description: "Key prefix of the backups in the bucket.",
    },
    cognito_sso_nickname: {
      type: "string",
      required: true,
      description: "Nickname of the Cognito SSO that protects the consoles.",
    },
    ecs_cluster_nickname: {
      type: "string",
      required: true,
      description: "Nickname of the ECS cluster that runs Kafka Connect and the consoles.",
    },

    // load balancer and host names
    domain_name: {
      type: "string",
      description: "Domain the console host names are built from.",
      default: "usekarma.dev",
    },
    alb_name: {
      type: "string",
      description: "Name of the load balancer.",
      default: "usekarma-observability",
    },
    grafana_host: {
      type: "string",
      description: "Host name of Grafana.",
      defaultExpression: "grafana.<domain_name>",
    },
    prometheus_host: {
      type: "string",
      description: "Host name of Prometheus.",
      defaultExpression: "prometheus.<domain_name>",
    },
    clickhouse_host: {
      type: "string",
      description: "Host name of the ClickHouse HTTP interface.",
      defaultExpression: "clickhouse.<domain_name>",
    },
    mongo_express: {
      type: "string",
      description: "Host name of Mongo Express.",
      defaultExpression: "mongo.<domain_name>",
    },
    redpanda_console: {
      type: "string",
      description: "Host name of the Redpanda console.",
      defaultExpression: "redpanda.<domain_name>",
    },
    zone_id: { type: "string", description: "Route 53 zone for the host names." },

    // ClickHouse instance
    instance_type: {
      type: "string",
      description: "EC2 instance type of ClickHouse.",
      default: "m6i.large",
    },
    key_name: { type: "string", description: "EC2 key pair for SSH access." },
    ebs_size_gb: {
      type: "integer",
      minimum: 1,
      description: "Size of the data volume in GB.",
      default: 500,
    },
    ebs_type: {
      type: "string",
      enum: ["standard", "gp2", "gp3", "io1", "io2", "st1", "sc1"],
      description: "Type of the data volume.",
      default: "gp3",
    },
    ebs_iops: {
      type: "integer",
      minimum: 0,
      description: "Provisioned IOPS of the data volume.",
      default: 3000,
    },
    ebs_throughput: {
      type: "integer",
      minimum: 0,
      description: "Throughput of the data volume in MB/s.",
      default: 125,
    },
    allowed_security_group_ids: {
      type: "list",
      items: { type: "string" },
      description: "Security groups allowed to reach ClickHouse.",
      default: [],
    },
    allowed_cidrs: {
      type: "list",
      items: { type: "string" },
      description: "CIDR blocks allowed to reach ClickHouse.",
      default: [],
    },
    clickhouse_version: {
      type: "string",
      description: "ClickHouse version.",
      defaultExpression: "the clickhouse_version of the AMI metadata, else 24.8",
    },
    http_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "ClickHouse HTTP port.",
      default: 8123,
    },
    tcp_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "ClickHouse native TCP port.",
      default: 9000,
    },
    grafana_url: {
      type: "string",
      description: "URL of Grafana as seen from the instance.",
      default: "http://127.0.0.1:3000",
    },
    grafana_admin: { type: "string", description: "Grafana admin user.", default: "admin" },
    grafana_pass: { type: "string", description: "Grafana admin password.", default: "admin" },
    prometheus_url: {
      type: "string",
      description: "URL of Prometheus as seen from the instance.",
      default: "http://127.0.0.1:9090",
    },
    prometheus_ds_name: {
      type: "string",
      description: "Name of the Prometheus data source in Grafana.",
      default: "Prometheus",
    },
    clickhouse_only: {
      type: "boolean",
      description: "Deploy ClickHouse alone, without the other services.",
      default: false,
    },
    enable_mongo: { type: "boolean", description: "Deploy MongoDB.", default: true },
    enable_redpanda: { type: "boolean", description: "Deploy Redpanda.", default: true },
    enable_kconnect: { type: "boolean", description: "Deploy Kafka Connect.", default: true },

    // Kafka Connect on ECS
    kconnect: {
      type: "object",
      description: "Kafka Connect container settings.",
      default: {},
      fields: {
        name: { type: "string", description: "Container name.", default: "kconnect" },
        image: {
          type: "string",
          description: "Container image.",
          default: "quay.io/debezium/connect:3.3.1.Final",
        },
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          description: "REST API port.",
          default: 8083,
        },
        log_retention_days: {
          type: "integer",
          minimum: 0,
          description: "Days to keep the container's logs.",
          default: 14,
        },
      },
    },
    kconnect_service_name: {
      type: "string",
      description: "Name of the Kafka Connect ECS service.",
      defaultExpression: "svc-<nickname>",
    },
    kconnect_desired_count: {
      type: "integer",
      minimum: 0,
      description: "Number of Kafka Connect tasks.",
      default: 1,
    },
    kconnect_cpu: {
      type: "integer",
      minimum: 1,
      description: "Kafka Connect task CPU units.",
      default: 1024,
    },
    kconnect_memory: {
      type: "integer",
      minimum: 1,
      description: "Kafka Connect task memory in MiB.",
      default: 2048,
    },
    kconnect_platform_version: {
      type: "string",
      description: "Fargate platform version of Kafka Connect.",
      default: "LATEST",
    },
    kconnect_assign_public_ip: {
      type: "boolean",
      description: "Give Kafka Connect tasks a public IP address.",
      default: false,
    },
    kconnect_metrics_image: {
      type: "string",
      description: "Image of the JMX exporter sidecar.",
      defaultExpression:
        "<account>.dkr.ecr.<region>.amazonaws.com/clickhouse-kconnect-jmx-exporter:latest",
    },
    kconnect_group_id: {
      type: "string",
      description: "Kafka Connect group id.",
      default: "clickhouse-connect",
    },
    kconnect_config_topic: {
      type: "string",
      description: "Topic of the connector configurations.",
      default: "kconnect-config",
    },
    kconnect_offset_topic: {
      type: "string",
      description: "Topic of the connector offsets.",
      default: "kconnect-offsets",
    },
    kconnect_status_topic: {
      type: "string",
      description: "Topic of the connector statuses.",
      default: "kconnect-status",
    },

    // logout service on ECS
    logout_service_name: {
      type: "string",
      description: "Name of the logout ECS service.",
      default: "logout-service",
    },
    logout_desired_count: {
      type: "integer",
      minimum: 0,
      description: "Number of logout tasks.",
      default: 1,
    },
    logout_cpu: {
      type: "integer",
      minimum: 1,
      description: "Logout task CPU units.",
      default: 256,
    },
    logout_memory: {
      type: "integer",
      minimum: 1,
      description: "Logout task memory in MiB.",
      default: 512,
    },
    logout_platform_version: {
      type: "string",
      description: "Fargate platform version of the logout service.",
      default: "LATEST",
    },
    logout_assign_public_ip: {
      type: "boolean",
      description: "Give logout tasks a public IP address.",
      default: false,
    },
    logout_repo: {
      type: "string",
      description: "ECR repository of the logout image.",
      default: "logout-service",
    },
    logout_tag: { type: "string", description: "Tag of the logout image.", default: "latest" },
    logout_image: {
      type: "string",
      description: "Full logout image, overriding logout_repo and logout_tag.",
      defaultExpression: "a fallback image from logout_repo and logout_tag",
    },
    logout_cookie_domain: {
      type: "string",
      description: "Domain of the cookies the logout service clears.",
      default: ".usekarma.dev",
    },
    logout_log_retention_days: {
      type: "integer",
      minimum: 0,
      description: "Days to keep the logout service's logs.",
      default: 14,
    },

    // Mongo Express on ECS
    mongo_express_service_name: {
      type: "string",
      description: "Name of the Mongo Express ECS service.",
      default: "mongo-express",
    },
    mongo_express_desired_count: {
      type: "integer",
      minimum: 0,
      description: "Number of Mongo Express tasks.",
      default: 1,
    },
    mongo_express_cpu: {
      type: "integer",
      minimum: 1,
      description: "Mongo Express task CPU units.",
      default: 256,
    },
    mongo_express_memory: {
      type: "integer",
      minimum: 1,
      description: "Mongo Express task memory in MiB.",
      default: 512,
    },
    mongo_express_platform_version: {
      type: "string",
      description: "Fargate platform version of Mongo Express.",
      default: "LATEST",
    },
    mongo_express_assign_public_ip: {
      type: "boolean",
      description: "Give Mongo Express tasks a public IP address.",
      default: false,
    },
    mongo_express_image: {
      type: "string",
      description: "Mongo Express image.",
      default: "mongo-express:latest",
    },
    mongo_express_log_retention_days: {
      type: "integer",
      minimum: 0,
      description: "Days to keep Mongo Express logs.",
      default: 14,
    },

    // MongoDB instance
    mongo_major: {
      type: "string",
      description: "MongoDB major version.",
      defaultExpression: "the mongo_major of the MongoDB AMI metadata, else 7",
    },
    mongo_exporter_ver: {
      type: "string",
      description: "Version of the MongoDB Prometheus exporter.",
      defaultExpression: "the mongo_exporter_version of the MongoDB AMI metadata, else 0.40.0",
    },
    mongo_nodeexp_ver: {
      type: "string",
      description: "Version of the node exporter on the MongoDB instance.",
      defaultExpression: "the node_exporter_version of the MongoDB AMI metadata, else 1.8.2",
    },
    mongo_instance_type: {
      type: "string",
      description: "EC2 instance type of MongoDB.",
      default: "r6i.large",
    },
    mongo_volume_gb: {
      type: "integer",
      minimum: 1,
      description: "Size of the MongoDB data volume in GB.",
      default: 300,
    },
    mongo_iops: {
      type: "integer",
      minimum: 0,
      description: "Provisioned IOPS of the MongoDB volume.",
      default: 3000,
    },
    mongo_throughput: {
      type: "integer",
      minimum: 0,
      description: "Throughput of the MongoDB volume in MB/s.",
      default: 125,
    },
    mongo_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "MongoDB port.",
      default: 27017,
    },
    mongo_rs_name: { type: "string", description: "MongoDB replica set name.", default: "rs0" },
    mongo_exporter_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port of the MongoDB exporter.",
      default: 9216,
    },
    mongo_nodeexp_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port of the node exporter on the MongoDB instance.",
      default: 9100,
    },
    mongo_gen_repo_url: {
      type: "string",
      description: "Repository of the MongoDB data generator.",
      default: "github.com/usekarma/mongo-gen.git",
    },
    mongo_gen_branch: {
      type: "string",
      description: "Branch of the MongoDB data generator.",
      default: "main",
    },
    mongo_gen_token_param: {
      type: "string",
      description: "Parameter holding a token to clone the data generator; empty for none.",
      default: "",
    },
    mongo_allowed_security_group_ids: {
      type: "list",
      items: { type: "string" },
      description: "Security groups allowed to reach MongoDB.",
      default: [],
    },
    mongo_allowed_cidrs: {
      type: "list",
      items: { type: "string" },
      description: "CIDR blocks allowed to reach MongoDB.",
      default: [],
    },

    // Redpanda console on ECS
    redpanda_console_service_name: {
      type: "string",
      description: "Name of the Redpanda console ECS service.",
      default: "redpanda-console",
    },
    redpanda_console_desired_count: {
      type: "integer",
      minimum: 0,
      description: "Number of Redpanda console tasks.",
      default: 1,
    },
    redpanda_console_cpu: {
      type: "integer",
      minimum: 1,
      description: "Redpanda console task CPU units.",
      default: 256,
    },
    redpanda_console_memory: {
      type: "integer",
      minimum: 1,
      description: "Redpanda console task memory in MiB.",
      default: 512,
    },
    redpanda_console_platform_version: {
      type: "string",
      description: "Fargate platform version of the Redpanda console.",
      default: "LATEST",
    },
    redpanda_console_assign_public_ip: {
      type: "boolean",
      description: "Give Redpanda console tasks a public IP address.",
      default: false,
    },
    redpanda_console_image: {
      type: "string",
      description: "Redpanda console image.",
      default: "docker.redpanda.com/redpandadata/console:latest",
    },
    redpanda_console_log_retention_days: {
      type: "integer",
      minimum: 0,
      description: "Days to keep Redpanda console logs.",
      default: 14,
    },

    // Redpanda instance
    redpanda_instance_type: {
      type: "string",
      description: "EC2 instance type of Redpanda.",
      default: "c6i.large",
    },
    redpanda_volume_gb: {
      type: "integer",
      minimum: 1,
      description: "Size of the Redpanda data volume in GB.",
      default: 200,
    },
    redpanda_iops: {
      type: "integer",
      minimum: 0,
      description: "Provisioned IOPS of the Redpanda volume.",
      default: 3000,
    },
    redpanda_throughput: {
      type: "integer",
      minimum: 0,
      description: "Throughput of the Redpanda volume in MB/s.",
      default: 125,
    },
    redpanda_retention: {
      type: "integer",
      minimum: -1,
      description: "Topic retention in milliseconds.",
      defaultExpression: "604800000 (7 days)",
    },
    redpanda_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Kafka API port of Redpanda.",
      default: 9092,
    },
    redpanda_admin_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Admin API port of Redpanda.",
      default: 9644,
    },
    redpanda_topic: {
      type: "string",
      description: "Topic ClickHouse ingests from.",
      default: "clickhouse_ingest",
    },
    redpanda_partitions: {
      type: "integer",
      minimum: 1,
      description: "Partitions of the ingest topic.",
      default: 3,
    },
    redpanda_exporter_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port Redpanda publishes metrics on.",
      default: 9644,
    },
    redpanda_node_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port of the node exporter on the Redpanda instance.",
      default: 9100,
    },
  },
  references: [
    {
      kind: "nickname",
      key: "vpc_nickname",
      target: "vpc",
      uses: ["vpc_id", "default_sg_id", "private_subnet_ids"],
    },
    {
      kind: "nickname",
      key: "s3_bucket_nickname",
      target: "s3-bucket",
      uses: ["bucket_name"],
    },
    {
      kind: "nickname",
      key: "cognito_sso_nickname",
      target: "cognito-sso",
      uses: ["user_pool_domain", "region", "user_pool_arn", "client_id"],
    },
    {
      kind: "nickname",
      key: "ecs_cluster_nickname",
      target: "ecs-cluster",
      uses: ["cluster_arn"],
    },
  ],
  runtimeOutputs: [
    "instance_id",
    "private_ip",
    "security_group_id",
    "data_volume_id",
    "http_port",
    "tcp_port",
    "backup_bucket_name",
    "backup_prefix",
    "vpc_id",
    "subnet_id",
    "redpanda_instance_id",
    "redpanda_private_ip",
    "redpanda_security_group_id",
    "redpanda_brokers",
    "mongo_instance_id",
    "mongo_private_ip",
    "mongo_port",
    "mongo_replset",
    "mongo_rs_uri",
    "mongo_security_group_id",
    "mongo_connection_string",
    "kconnect_host",
  ],
  runtimePublishing: "component",
  notes:
    "Also reads AMI metadata at <prefix>/clickhouse/ami/{base,mongo,redpanda}, written by the clickhouse-ami Makefile (not a component).",
};
