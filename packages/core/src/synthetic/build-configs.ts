import type { JsonObject } from "../json.ts";
import { products } from "./names.ts";
import type { Random } from "./random.ts";

/** What a config builder may refer to: the components planned in its environment. */
export interface EnvironmentPlan {
  env: string;
  random: Random;
  /** Nicknames per type in this environment. */
  nicknames: ReadonlyMap<string, readonly string[]>;
  /** Zone name of each of this environment's route53-zones, by nickname. */
  zoneNames: ReadonlyMap<string, string>;
  /** Zone names of the environments generated before (zones often live in one environment). */
  foreignZones: readonly string[];
}

type BuildConfig = (nickname: string, plan: EnvironmentPlan) => JsonObject;

/** Share of references that name a component the repository does not have. */
const missingShare = 0.03;

/** A nickname of an existing component of `type`, or now and then one that does not exist. */
function refer(type: string, plan: EnvironmentPlan): string {
  const pool = plan.nicknames.get(type) ?? [];
  if (pool.length > 0 && !plan.random.chance(missingShare)) return plan.random.pick(pool);
  let missing = `retired-${plan.random.pick(products)}`;
  while (pool.includes(missing)) missing += "-old";
  return missing;
}

/** A zone name as people write it: the local zone, or one from another environment, dot or not. */
function referZone(plan: EnvironmentPlan): string | null {
  const { random } = plan;
  const zones = [...plan.zoneNames.values()];
  const local = zones.length > 0 && (plan.foreignZones.length === 0 || random.chance(0.85));
  const pool = local ? zones : plan.foreignZones;
  if (pool.length === 0) return null;
  const zone = random.pick(pool).replace(/\.$/, "");
  return random.chance(0.5) ? `${zone}.` : zone;
}

/** A domain of this environment for host names, without the trailing dot. */
function anyDomain(plan: EnvironmentPlan): string {
  const [first] = plan.zoneNames.values();
  return first?.replace(/\.$/, "") ?? "example.com";
}

function tags(plan: EnvironmentPlan, project: string): JsonObject {
  return plan.random.chance(0.8)
    ? {
        Environment: plan.env,
        Project: project,
        Owner: plan.random.pick(["platform", "web", "data"]),
      }
    : { Project: project };
}

const vpc: BuildConfig = (_nickname, plan) => ({
  cidr: `10.${plan.random.int(0, 255)}.0.0/16`,
  az_count: plan.random.pick([2, 3]),
  enable_ssm_endpoints: plan.random.chance(0.7),
  single_nat_gateway: plan.env !== "prod",
  tags: tags(plan, "network"),
});

const s3Bucket: BuildConfig = (nickname, plan) => ({
  bucket_name: `acme-${plan.env}-${nickname}`,
  versioning: plan.random.chance(0.8),
  force_destroy: plan.env !== "prod",
  enable_encryption: true,
  sse_algorithm: "AES256",
  block_public_access: true,
  enforce_owner: true,
});

const route53Zone: BuildConfig = (nickname, plan) => {
  const zone = plan.zoneNames.get(nickname)!;
  const config: JsonObject = {
    zone_name: zone,
    comment: `Hosted zone for ${zone.replace(/\.$/, "")}`,
  };
  if (plan.random.chance(0.5)) {
    config.root_records = {
      MX: ["10 mx1.improvmx.com.", "20 mx2.improvmx.com."],
      TXT: ["v=spf1 include:improvmx.com ~all"],
    };
  }
  config.tags = { Project: "route53", Environment: plan.env };
  return config;
};

const cognitoSso: BuildConfig = (nickname, plan) => ({
  callback_hosts: [`${nickname}.${anyDomain(plan)}`],
  user_pool_name: `cognito-${nickname}-pool`,
  password_min_length: plan.random.pick([8, 12]),
  require_symbols: plan.random.chance(0.3),
  tags: tags(plan, "identity"),
});

const ecsCluster: BuildConfig = (nickname, plan) => ({
  cluster_name: `ecs-${nickname}`,
  vpc_nickname: refer("vpc", plan),
  enable_container_insights: plan.env === "prod",
  log_retention_days: plan.random.pick([7, 14, 30]),
  tags: tags(plan, "compute"),
});

const openapi: BuildConfig = (nickname) => ({
  source: `s3://acme-openapi/${nickname}.json`,
});

const clickhouse: BuildConfig = (nickname, plan) => ({
  vpc_nickname: refer("vpc", plan),
  s3_bucket_nickname: refer("s3-bucket", plan),
  s3_bucket_prefix: `clickhouse/${nickname}`,
  cognito_sso_nickname: refer("cognito-sso", plan),
  ecs_cluster_nickname: refer("ecs-cluster", plan),
  instance_type: plan.random.pick(["m6i.large", "m6i.xlarge", "r6i.large"]),
  ebs_size_gb: plan.random.pick([200, 500, 1000]),
  enable_kconnect: plan.random.chance(0.5),
  tags: tags(plan, "data"),
});

const ecsService: BuildConfig = (nickname, plan) => ({
  cluster_nickname: refer("ecs-cluster", plan),
  vpc_nickname: refer("vpc", plan),
  service_name: `svc-${nickname}`,
  desired_count: plan.random.int(1, 4),
  cpu: plan.random.pick([256, 512, 1024]),
  memory: plan.random.pick([512, 1024, 2048]),
  assign_public_ip: false,
  container: {
    name: "app",
    image: `acme/${nickname}:latest`,
    port: plan.random.pick([3000, 8080, 8000]),
  },
  tags: tags(plan, "compute"),
});

const functionNames = ["handler", "worker", "query", "hook", "cron", "status", "echo"];
const sourceTypes = ["clickhouse", "s3-bucket", "ecs-service"];

const lambda: BuildConfig = (nickname, plan) => {
  const { random } = plan;
  const functions: JsonObject = {};
  for (const name of random.sample(functionNames, random.int(1, 4))) {
    const fn: JsonObject = {
      runtime: random.pick(["python3.10", "python3.12", "nodejs20.x"]),
      handler: "main.handler",
      memory_size: random.pick([128, 256, 512]),
      timeout: random.pick([10, 30, 60]),
    };
    if (random.chance(0.4)) fn.vpc_nickname = refer("vpc", plan);
    if (random.chance(0.15)) {
      const type = random.pick(sourceTypes);
      fn.src_type = type;
      fn.src_nickname = refer(type, plan);
    }
    functions[`${nickname}-${name}`] = fn;
  }
  return { functions, tags: tags(plan, nickname) };
};

const serverlessSite: BuildConfig = (nickname, plan) => {
  const zone = referZone(plan);
  const host = zone ? `${nickname}.${zone.replace(/\.$/, "")}` : nickname;
  const config: JsonObject = {
    site_name: host,
    content_bucket_prefix: `${nickname}-${plan.env}-site`,
    cloudfront_comment: `Static site for ${host} (${plan.env})`,
    index_document: "index.html",
    error_document: "404.html",
    enable_custom_domain: zone !== null && plan.env === "prod",
  };
  if (zone) {
    config.domain_aliases = [host];
    config.route53_zone_name = zone;
  }
  config.tags = tags(plan, "serverless-site");
  return config;
};

const serverlessApi: BuildConfig = (nickname, plan) => {
  const zone = plan.random.chance(0.7) ? referZone(plan) : null;
  const config: JsonObject = { api_name: nickname, stage_name: "v1" };
  // real configs repeat the API's own nickname; leaving it out means the same
  if (plan.random.chance(0.6)) config.openapi = nickname;
  config.enable_custom_domain = zone !== null;
  if (zone) {
    config.domain_name = `${nickname}.${zone.replace(/\.$/, "")}`;
    config.route53_zone_name = zone;
  }
  config.tags = tags(plan, nickname);
  return config;
};

const grafana: BuildConfig = (_nickname, plan) => ({
  vpc_runtime_path: `/iac/vpc/${refer("vpc", plan)}/runtime`,
  clickhouse_runtime_path: `/iac/clickhouse/${refer("clickhouse", plan)}/runtime`,
  instance_type: "t3.large",
  create_dns_record: plan.random.chance(0.5),
  tags: tags(plan, "observability"),
});

const emailForwarding: BuildConfig = (nickname, plan) => {
  const domain = anyDomain(plan);
  return {
    domain,
    forward_to_addresses: [`${nickname}@acme-mail.com`],
    from_email: `noreply@${domain}`,
  };
};

/**
 * Config builders per built-in type, in dependency order: a type only refers to types listed
 * before it, so generated repositories have no cycles.
 */
export const configBuilders: ReadonlyMap<string, BuildConfig> = new Map([
  ["vpc", vpc],
  ["s3-bucket", s3Bucket],
  ["route53-zone", route53Zone],
  ["cognito-sso", cognitoSso],
  ["ecs-cluster", ecsCluster],
  ["openapi", openapi],
  ["clickhouse", clickhouse],
  ["ecs-service", ecsService],
  ["lambda", lambda],
  ["serverless-site", serverlessSite],
  ["serverless-api", serverlessApi],
  ["grafana", grafana],
  ["email-forwarding", emailForwarding],
]);
