import type { TypeDefinition } from "../type-definition.ts";

export const grafanaType: TypeDefinition = {
  type: "grafana",
  title: "Grafana",
  category: "observability",
  description:
    "A Grafana instance behind an HTTPS load balancer, with a Kafka Connect worker streaming MongoDB changes.",
  fields: {
    nickname: {
      type: "string",
      description: "Nickname used to find the VPC and ClickHouse runtimes when no path is given.",
      default: "default",
    },
    iac_prefix: {
      type: "string",
      description: "Parameter prefix used to build the default runtime paths.",
      default: "/iac",
    },
    vpc_runtime_path: {
      type: "string",
      description: "Full parameter path of the VPC's runtime, such as /iac/vpc/main/runtime.",
      defaultExpression: "<iac_prefix>/vpc/<nickname key>/runtime",
    },
    clickhouse_runtime_path: {
      type: "string",
      description:
        "Full parameter path of the ClickHouse runtime, such as /iac/clickhouse/main/runtime.",
      defaultExpression: "<iac_prefix>/clickhouse/<nickname key>/runtime",
    },
    instance_type: { type: "string", description: "EC2 instance type.", default: "t3.large" },
    key_name: { type: "string", description: "EC2 key pair for SSH access." },
    domain_name: {
      type: "string",
      description: "Host name Grafana is served on.",
      default: "grafana.example.com",
    },
    hosted_zone_id: {
      type: "string",
      description: "Route 53 zone for the DNS record and certificate validation.",
    },
    acm_cert_arn: {
      type: "string",
      description: "Existing ACM certificate for the load balancer.",
    },
    create_dns_record: {
      type: "boolean",
      description: "Create the DNS record for domain_name.",
      default: true,
    },
    grafana_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port Grafana listens on.",
      default: 3000,
    },
    connect_port: {
      type: "integer",
      minimum: 1,
      maximum: 65535,
      description: "Port of the Kafka Connect REST API.",
      default: 8083,
    },
    connect_group_id: {
      type: "string",
      description: "Kafka Connect group id.",
      defaultExpression: "<nickname key>-connect",
    },
    mongo_uri: { type: "string", description: "MongoDB connection string for the CDC connector." },
    mongo_connector_class: {
      type: "string",
      description: "Kafka Connect connector class.",
      default: "io.debezium.connector.mongodb.MongoDbConnector",
    },
    connector_name: { type: "string", description: "Name of the connector.", default: "mongo-cdc" },
    connector_config: {
      type: "map",
      values: { type: "any" },
      description: "Extra connector configuration properties.",
      default: {},
    },
    discover_msk_sg_by_name: {
      type: "boolean",
      description: "Find the MSK security group by msk_sg_name.",
      default: true,
    },
    msk_sg_name: {
      type: "string",
      description: "Name of the MSK security group to look up.",
      defaultExpression: "<nickname key>-sg-msk-srvless",
    },
  },
  references: [
    {
      kind: "parameter-path",
      key: "vpc_runtime_path",
      target: "vpc",
      description: "When absent, the component reads the VPC named by the config key nickname.",
    },
    {
      kind: "parameter-path",
      key: "clickhouse_runtime_path",
      target: "clickhouse",
      uses: [
        "security_group_id",
        "http_port",
        "private_ip",
        "msk_enabled",
        "msk_bootstrap_sasl_iam",
      ],
      description:
        "When absent, the component reads the ClickHouse named by the config key nickname.",
    },
  ],
  runtimeOutputs: [
    "instance_id",
    "instance_sg_id",
    "alb_dns",
    "https_url",
    "connect_base_path",
    "grafana_port",
    "connect_port",
    "vpc_id",
    "subnet_id",
  ],
  runtimePublishing: "component",
  notes:
    "The published main.tf declares a runtime_path local that collides with header.tf's, so it does not validate as committed.",
};
